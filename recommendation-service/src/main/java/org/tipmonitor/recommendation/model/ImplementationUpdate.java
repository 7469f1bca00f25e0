package org.tipmonitor.recommendation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/** One recorded step in carrying out a recommendation. Never edited or deleted: corrections are new updates. */
@Entity
@Immutable
public class ImplementationUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String recommendationId;
    /** The recommendation's version this update created: the n-th update has version n. */
    public int version;
    @Enumerated(EnumType.STRING)
    public ImplementationStatus status;
    public String note;
    public String evidenceUrl;
    public Instant recordedAt;
    /** The caller's user name, from the token. */
    public String recordedBy;
    /** The client's idempotency key for this write, unique across the service; null when it sent none. */
    public String requestId;
}
