package org.tipmonitor.api.victim;

/** The sex a statistic's breakdown restricts it to. */
public enum Sex {
    FEMALE,
    MALE
}
