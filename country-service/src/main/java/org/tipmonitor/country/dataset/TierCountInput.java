package org.tipmonitor.country.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.commons.source.Citation;

/** One record of dataset/country/tier-counts.json: a report's published number of countries per tier. */
public record TierCountInput(
        @NotNull @ReportYear Integer reportYear,
        @NotNull @PositiveOrZero Integer tier1,
        @NotNull @PositiveOrZero Integer tier2,
        @NotNull @PositiveOrZero Integer tier2WatchList,
        @NotNull @PositiveOrZero Integer tier3,
        @PositiveOrZero Integer specialCase,
        @NotNull @Valid Citation citation) {
}
