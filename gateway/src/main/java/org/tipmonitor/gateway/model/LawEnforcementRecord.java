package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.Reporting;

/** One data year's law-enforcement figures; null where not reported or not stated. */
@Description("A government's law-enforcement figures for one calendar year, as reported. A figure that was not "
        + "reported is null, never 0.")
public record LawEnforcementRecord(
        @Description("The calendar year the figures cover.") int dataYear,
        @Description("Trafficking investigations, as the source counts them; null when not reported.") Integer investigations,
        @Description("Trafficking prosecutions, as the source counts them; null when not reported.") Integer prosecutions,
        @Description("Trafficking convictions, as the source counts them; null when not reported.") Integer convictions,
        @Description("Victims identified, as the source counts them; null when not reported.") Integer victimsIdentified,
        @Description("Who reported these figures, or that they were not reported.") @NonNull Reporting reporting,
        String note,
        Source source,
        @Description("The sentences that state these figures, verbatim.") @NonNull List<@NonNull Citation> citations) {
}
