package org.tipmonitor.country.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tipmonitor.country.model.Country;

/** A country as written by admins and by dataset/country/countries.json. */
public record CountryInput(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code, e.g. RUS") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String region) {

    public Country applyTo(Country country) {
        country.code = code;
        country.name = name;
        country.region = region;
        return country;
    }
}
