package org.tipmonitor.gateway.client;

import org.tipmonitor.gateway.model.TierSummary;

public record TierCountView(int reportYear, int tier1, int tier2, int tier2WatchList, int tier3, Integer specialCase) {

    public TierSummary toSummary() {
        return new TierSummary(reportYear, tier1, tier2, tier2WatchList, tier3, specialCase);
    }
}
