package org.tipmonitor.gateway.model;

public enum Reporting {
    OFFICIAL,
    NGO,
    MEDIA,
    NOT_REPORTED
}
