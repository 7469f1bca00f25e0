package org.tipmonitor.gateway.model;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The document a partner finding rests on (GraphQL PartnerSourceInput); victim-service checks each field. */
@Input("PartnerSourceInput")
public record PartnerSourceArguments(@NonNull String title, @NonNull String publisher, @NonNull LocalDate published,
        @NonNull String url, String section, @NonNull String quote) {
}
