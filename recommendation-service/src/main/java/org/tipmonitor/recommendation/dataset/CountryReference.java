package org.tipmonitor.recommendation.dataset;

/** A record of dataset/country/countries.json, read only to check the country codes recommendations use. */
public record CountryReference(String code, String name, String region) {
}
