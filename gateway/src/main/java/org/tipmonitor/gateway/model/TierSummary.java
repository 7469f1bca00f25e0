package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("How many countries the report of one year placed on each tier, as the report publishes the counts.")
public record TierSummary(
        @Description("The report year.") int year,
        @Description("Countries on Tier 1.") int tier1,
        @Description("Countries on Tier 2.") int tier2,
        @Description("Countries on the Tier 2 Watch List.") int tier2WatchList,
        @Description("Countries on Tier 3.") int tier3,
        Integer specialCase) {
}
