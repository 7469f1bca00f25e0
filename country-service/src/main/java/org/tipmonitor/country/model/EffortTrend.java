package org.tipmonitor.country.model;

/** How a government's effort in one pillar changed against the previous report. */
public enum EffortTrend {
    INCREASED,
    MAINTAINED,
    DECREASED
}
