package org.tipmonitor.api.country;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tipmonitor.api.source.CitationInput;
import org.tipmonitor.api.validation.DataYear;

/**
 * Law-enforcement figures of one calendar year as a writer gives them; a figure the source does not
 * mention is null. The data year is the year the figures count, not a report year: it may precede 2001.
 */
public record LawEnforcementInput(
        @NotNull @DataYear Integer dataYear,
        @Valid FigureInput investigations,
        @Valid FigureInput prosecutions,
        @Valid FigureInput convictions,
        @Valid FigureInput victimsIdentified,
        String note,
        @NotNull @Valid CitationInput citation) {
}
