package org.tipmonitor.gateway.model;

public enum ImplementationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    PARTIALLY_IMPLEMENTED,
    IMPLEMENTED,
    REGRESSED
}
