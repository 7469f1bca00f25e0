package org.tipmonitor.api.vocabulary;

import org.eclipse.microprofile.graphql.Description;

/** What one change in a record's audit history did to it. */
@Description("What one change in a record's audit history did to it.")
public enum RevisionChange {
    @Description("The record was added.")
    ADDED,
    @Description("The record's values were changed.")
    CHANGED,
    @Description("The record was removed; the revision keeps no values.")
    REMOVED
}
