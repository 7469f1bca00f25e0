package org.tipmonitor.country.mapping;

import org.tipmonitor.api.source.SourceView;

public record TierCountView(int reportYear, int tier1, int tier2, int tier2WatchList, int tier3,
        Integer specialCase, SourceView source) {
}
