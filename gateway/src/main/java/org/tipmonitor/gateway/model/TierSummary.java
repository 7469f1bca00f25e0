package org.tipmonitor.gateway.model;

public record TierSummary(int year, int tier1, int tier2, int tier2WatchList, int tier3, Integer specialCase) {
}
