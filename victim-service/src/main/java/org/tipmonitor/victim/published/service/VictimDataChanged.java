package org.tipmonitor.victim.published.service;

/** Fired by every write of published victim data; the read cache is emptied once the write has committed. */
public record VictimDataChanged() {
}
