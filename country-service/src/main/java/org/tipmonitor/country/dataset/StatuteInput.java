package org.tipmonitor.country.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.country.model.Penalty;

/**
 * One record of dataset/country/statutes.json: a law's article or another instrument (decree,
 * designation); the title is null when the source names none.
 */
public record StatuteInput(
        @NotNull @CountryCode String country,
        @NotBlank @Size(max = 200) String article,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank when given") String title,
        @NotBlank String criminalizes,
        @Valid Penalty adultPenalty,
        @Valid Penalty childPenalty,
        @NotNull @Valid Citation citation) {
}
