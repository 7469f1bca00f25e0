package org.tipmonitor.api.country;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.tipmonitor.api.source.CitationInput;

/**
 * Law-enforcement figures of one calendar year as a writer gives them; a figure the source does not
 * mention is null. The data year is the year the figures count, not a report year: it may precede 2001.
 */
public record LawEnforcementInput(
        @NotNull @Min(1990) @Max(2100) Integer dataYear,
        @Valid FigureInput investigations,
        @Valid FigureInput prosecutions,
        @Valid FigureInput convictions,
        @Valid FigureInput victimsIdentified,
        String note,
        @NotNull @Valid CitationInput citation) {
}
