package org.tipmonitor.victim.model;

public enum Sex {
    FEMALE,
    MALE
}
