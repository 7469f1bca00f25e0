package org.tipmonitor.gateway.model;

public enum Pillar {
    PROSECUTION,
    PROTECTION,
    PREVENTION,
    PARTNERSHIP
}
