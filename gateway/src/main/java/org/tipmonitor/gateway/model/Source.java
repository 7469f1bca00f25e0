package org.tipmonitor.gateway.model;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A cited document, with the section of it that states the figure. */
@Description("A document figures and findings come from.")
public record Source(
        @Description("The document's title.") @NonNull String title,
        @Description("Who published it, e.g. U.S. Department of State.") @NonNull String publisher,
        @Description("When it was published; null when not known.") LocalDate published,
        @Description("Where it can be read; null when it has no public address.") String url,
        String section,
        String file) {
}
