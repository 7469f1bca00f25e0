package org.tipmonitor.api.vocabulary;

/** The TIP report's "3P" pillars, plus partnership, which recommendations also address. */
public enum Pillar {
    PROSECUTION,
    PROTECTION,
    PREVENTION,
    PARTNERSHIP
}
