package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.Reporting;

/** A published figure about victims or people at risk. */
@Description("One published figure about victims or people at risk: e.g. workers deployed, victims identified.")
public record Statistic(
        @Description("Stable identifier of the figure.") @NonNull @Id String id,
        @Description("The country the figure is about (ISO 3166-1 alpha-3).") @NonNull @Id String countryCode,
        @Description("What is counted, e.g. victims identified, workers deployed.") @NonNull String metric,
        @Description("Calendar year (or first year) the figure covers; null when the source gives none.") Integer year,
        @Description("The figure exactly as the source gives it; null when it was not reported.") Integer value,
        @Description("True when the source gives only a lower bound (\"more than 1,000\").") boolean lowerBound,
        @Description("Who reported the figure, or that it was not reported.") @NonNull Reporting reporting,
        @Description("The documents the figure comes from.") @NonNull List<@NonNull Source> sources,
        @Description("The sentences that state the figure, verbatim.") @NonNull List<@NonNull Citation> citations,
        Integer upperValue,
        String unit,
        String description) {
}
