package org.tipmonitor.country.service;

/** Fired by every write of country data; the read cache is emptied once the write has committed. */
public record CountryDataChanged() {
}
