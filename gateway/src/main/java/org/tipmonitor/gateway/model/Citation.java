package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a record comes from: the document, its section, and the sentences that support the record, verbatim.")
public record Citation(
        @Description("The document cited.") @NonNull Source source,
        @Description("The part of the document, e.g. a country narrative's heading; null when not given.") String section,
        @Description("The supporting sentences, exactly as the document words them.") @NonNull String quote) {
}
