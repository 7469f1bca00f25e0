package org.tipmonitor.recommendation.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tipmonitor.api.vocabulary.ReviewState;

/** One submission, publication or return of a partner assessment: who, when, and why for a return. Never changed. */
@Entity
@Immutable
@Table(name = "partner_assessment_review")
public class ReviewStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assessmentId;
    /** The assessment's version this step made. */
    public int version;
    @Enumerated(EnumType.STRING)
    public ReviewState state;
    public Instant at;
    @Column(name = "by_user")
    public String by;
    public String reason;
}
