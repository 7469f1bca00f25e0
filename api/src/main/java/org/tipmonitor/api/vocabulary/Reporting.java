package org.tipmonitor.api.vocabulary;

/** Who reported a figure. NOT_REPORTED means the source says it was not reported: never zero. */
public enum Reporting {
    OFFICIAL,
    NGO,
    MEDIA,
    NOT_REPORTED
}
