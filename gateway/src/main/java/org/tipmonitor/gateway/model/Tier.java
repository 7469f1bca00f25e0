package org.tipmonitor.gateway.model;

public enum Tier {
    TIER_1,
    TIER_2,
    TIER_2_WATCH_LIST,
    TIER_3,
    SPECIAL_CASE
}
