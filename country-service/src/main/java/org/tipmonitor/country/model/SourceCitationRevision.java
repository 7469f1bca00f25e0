package org.tipmonitor.country.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.tipmonitor.commons.source.Citation;

/**
 * A row Envers wrote for an assessment's sources (assessment_source_aud), read as it is through the view
 * assessment_source_revision, for the reason
 * {@link LawEnforcementYearRevision} gives.
 */
@Entity
@Immutable
@Table(name = "assessment_source_revision")
public class SourceCitationRevision {

    @EmbeddedId
    public CollectionRevisionKey key;

    @Embedded
    public Citation citation;
}
