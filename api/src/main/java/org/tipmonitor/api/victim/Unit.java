package org.tipmonitor.api.victim;

/** What a statistic's value counts. */
public enum Unit {
    /** People (or, where the metric says so, things such as countries or clubs). */
    COUNT,
    PERCENT,
    /** Millions of US dollars: keeps billion-dollar figures within the contract's Int. */
    USD_MILLION
}
