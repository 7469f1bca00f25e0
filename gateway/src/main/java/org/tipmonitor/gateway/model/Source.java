package org.tipmonitor.gateway.model;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.NonNull;

/** A cited document, with the section of it that states the figure. */
public record Source(@NonNull String title, @NonNull String publisher, LocalDate published, String url,
        String section, String file) {
}
