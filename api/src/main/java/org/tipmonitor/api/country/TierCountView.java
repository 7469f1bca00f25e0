package org.tipmonitor.api.country;

import org.tipmonitor.api.source.SourceView;

/** How many countries a report placed on each tier, as the report publishes it. */
public record TierCountView(int reportYear, int tier1, int tier2, int tier2WatchList, int tier3,
        Integer specialCase, SourceView source) {
}
