package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.EffortTrend;
import org.tipmonitor.api.vocabulary.Tier;

@Description("One report year's assessment of a government: its tier, the trend of its effort in each pillar and "
        + "its law-enforcement figures, each with its source.")
public record Assessment(
        @Ignore String countryCode,
        @Description("The year of the report that made this assessment.") int reportYear,
        @Description("The tier the report placed the country on.") @NonNull Tier tier,
        @Description("The report found a government policy or pattern of trafficking; null when the source does "
                + "not say.") Boolean policyOrPattern,
        @Description("How the government's prosecution effort changed against the previous report; null when not "
                + "stated.") EffortTrend prosecutionTrend,
        @Description("How the government's protection effort changed against the previous report; null when not "
                + "stated.") EffortTrend protectionTrend,
        @Description("How the government's prevention effort changed against the previous report; null when not "
                + "stated.") EffortTrend preventionTrend,
        @Description("Law-enforcement figures by the calendar year that they cover.") @NonNull List<@NonNull LawEnforcementRecord> lawEnforcement,
        @Description("The documents this assessment comes from.") @NonNull List<@NonNull Source> sources,
        @Description("The sentences of those documents that support the tier and the trends, verbatim.") @NonNull List<@NonNull Citation> citations,
        String summary,
        String prosecutionFinding,
        String protectionFinding,
        String preventionFinding) {
}
