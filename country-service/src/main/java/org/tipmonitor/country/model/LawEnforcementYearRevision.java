package org.tipmonitor.country.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row Envers wrote for an assessment's law-enforcement years (law_enforcement_record_aud), read as it is
 * through the view law_enforcement_record_revision (Flyway V3: Hibernate will not map a table twice).
 * Envers writes these rows itself but cannot read them back into {@link LawEnforcementYear}: its reader of
 * element collections builds each element through a no-argument constructor, which a record has not
 * (Hibernate ORM 7.2). Hibernate ORM reads records, so the rows are mapped here, read-only, and
 * repository/HistoryRepository puts each past state's list together.
 */
@Entity
@Immutable
@Table(name = "law_enforcement_record_revision")
public class LawEnforcementYearRevision {

    @EmbeddedId
    public CollectionRevisionKey key;

    @Embedded
    public LawEnforcementYear year;
}
