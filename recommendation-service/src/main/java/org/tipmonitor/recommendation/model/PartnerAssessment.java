package org.tipmonitor.recommendation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * A partner organization's own view of a recommendation's implementation. {@code version} is JPA's
 * optimistic lock: every change adds one, and of two writers that read the same version only the first
 * to commit changes the row (the other's update matches no row: 409). Published rows never change (the
 * service refuses it, and a trigger does too).
 */
@Entity
public class PartnerAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String recommendationId;
    /** The Keycloak organization's alias, from the writer's token. */
    public String organization;
    @Enumerated(EnumType.STRING)
    public ImplementationStatus status;
    public String note;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> evidenceUrls = new ArrayList<>();
    public LocalDate asOf;
    @Enumerated(EnumType.STRING)
    public ReviewState state;
    public String returnReason;
    @Version
    public int version;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
    public Instant submittedAt;
    public Instant publishedAt;
}
