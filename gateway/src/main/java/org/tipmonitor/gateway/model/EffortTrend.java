package org.tipmonitor.gateway.model;

public enum EffortTrend {
    INCREASED,
    MAINTAINED,
    DECREASED
}
