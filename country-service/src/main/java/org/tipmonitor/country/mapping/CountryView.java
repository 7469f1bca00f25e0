package org.tipmonitor.country.mapping;

import org.tipmonitor.country.model.Country;

public record CountryView(String code, String name, String region) {

    public static CountryView of(Country c) {
        return new CountryView(c.code, c.name, c.region);
    }
}
