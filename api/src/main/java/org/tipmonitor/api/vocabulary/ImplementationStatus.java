package org.tipmonitor.api.vocabulary;

/** How far a recommendation has been carried out, as the gateway's contract names it. */
public enum ImplementationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    PARTIALLY_IMPLEMENTED,
    IMPLEMENTED,
    REGRESSED
}
