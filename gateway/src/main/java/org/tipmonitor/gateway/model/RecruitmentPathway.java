package org.tipmonitor.gateway.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.DatePrecision;
import org.tipmonitor.api.vocabulary.ExploitationType;

/** How people reach exploitation; origin and destination countries are resolved in batches. */
@Description("How people are recruited from one country into exploitation in another: by whom, by what means, into "
        + "what, and how many.")
public record RecruitmentPathway(
        @Description("Stable identifier of the pathway.") @NonNull @Id String id,
        @Ignore String originCode,
        @Ignore String destinationCode,
        @Description("The forms of exploitation people end in.") @NonNull List<@NonNull ExploitationType> exploitation,
        @Description("Who recruits: e.g. a state agency, a private military company, a criminal group.") @NonNull String recruiter,
        @Description("Means of deception or control, e.g. fraudulent contract, passport confiscation.") @NonNull List<@NonNull String> means,
        @Description("How many people the source estimates went this way; null when it gives no number.") Integer estimatedVictims,
        @Description("True when the estimate is only a lower bound (\"at least\", \"more than\").") boolean lowerBound,
        LocalDate periodStart,
        @Description("How much of periodStart the source gives.") DatePrecision periodStartPrecision,
        LocalDate periodEnd,
        @Description("How much of periodEnd the source gives.") DatePrecision periodEndPrecision,
        @Description("Officials of the origin or destination state were reported to facilitate it.") boolean officialComplicity,
        @Description("The documents the pathway comes from.") @NonNull List<@NonNull Source> sources,
        @Description("The sentences that describe the pathway, verbatim.") @NonNull List<@NonNull Citation> citations,
        String sector,
        String description) {
}
