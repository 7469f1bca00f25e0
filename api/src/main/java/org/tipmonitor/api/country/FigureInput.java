package org.tipmonitor.api.country;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.tipmonitor.api.vocabulary.ReportedValue;
import org.tipmonitor.api.vocabulary.Reporting;

/** One law-enforcement figure as a writer gives it; the same JSON as {@link FigureView}. */
public record FigureInput(
        @PositiveOrZero Integer value,
        @NotNull Reporting reporting,
        boolean lowerBound) implements ReportedValue {
}
