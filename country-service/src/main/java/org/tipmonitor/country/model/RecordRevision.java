package org.tipmonitor.country.model;

import org.hibernate.envers.RevisionType;

/**
 * One entry of a record's audit history: the record as a revision left it (for a removal, its values when
 * removed), the revision (who, when) and what the change did to it.
 */
public record RecordRevision<E>(E state, Revision revision, RevisionType type) {
}
