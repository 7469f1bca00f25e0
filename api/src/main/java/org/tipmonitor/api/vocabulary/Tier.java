package org.tipmonitor.api.vocabulary;

/** The TIP report's tier placements; SPECIAL_CASE is for countries the report does not rank. */
public enum Tier {
    TIER_1,
    TIER_2,
    TIER_2_WATCH_LIST,
    TIER_3,
    SPECIAL_CASE
}
