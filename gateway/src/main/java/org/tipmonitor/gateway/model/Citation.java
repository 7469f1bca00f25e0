package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a record comes from: the document, its section, and the sentences that support the record, verbatim.")
public record Citation(@NonNull Source source, String section, @NonNull String quote) {
}
