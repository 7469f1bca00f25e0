package org.tipmonitor.victim.published.dataset;

/** A record of the shared dataset/country/countries.json, read only to check the codes this dataset uses. */
record CountryRecord(String code, String name, String region) {
}
