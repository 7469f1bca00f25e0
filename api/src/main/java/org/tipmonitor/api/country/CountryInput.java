package org.tipmonitor.api.country;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tipmonitor.api.validation.CountryCode;

/** A country as admins write it (POST /api/v1/countries) and as dataset/country/countries.json holds it. */
public record CountryInput(
        @NotNull @CountryCode String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String region) {
}
