package org.tipmonitor.api.vocabulary;

/** How a government's effort in one pillar changed against the previous report. */
public enum EffortTrend {
    INCREASED,
    MAINTAINED,
    DECREASED
}
