package org.tipmonitor.api.country;

/**
 * A country as country-service answers it: ISO 3166-1 alpha-3 code, name and the TIP report's region. The
 * region is the dataset's classification: none of the sources gives one.
 */
public record CountryView(String code, String name, String region) {
}
