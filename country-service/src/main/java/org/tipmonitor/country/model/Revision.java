package org.tipmonitor.country.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One change to country-service's audited data (countries, assessments, statutes, tier counts), with who
 * made it and when: Hibernate Envers writes one per transaction that changes any of them, and the state of
 * each changed row into its table's _aud twin under this number. Rows are only ever added (Flyway V3).
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    public Instant changedAt;

    /** The user name of the admin who made the change, or {@link RevisionAuthor#DATASET} for a dataset load. */
    public String changedBy;
}
