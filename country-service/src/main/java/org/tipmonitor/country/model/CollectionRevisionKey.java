package org.tipmonitor.country.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The key of a row of an assessment's collection in its _aud table, as Envers writes it: the assessment,
 * the element's position in the list, the revision, and whether the row adds (0) or removes (2) the element
 * there. A revision that replaces an element writes both, under the same position.
 */
@Embeddable
public record CollectionRevisionKey(
        @Column(name = "assessment_id") long assessmentId,
        @Column(name = "position") int position,
        @Column(name = "rev") long revision,
        @Column(name = "revtype") short revisionType) {

    /** Envers' revtype of a row that removes an element. */
    public static final short REMOVED = 2;

    public boolean removes() {
        return revisionType == REMOVED;
    }
}
