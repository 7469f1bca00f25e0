package org.tipmonitor.api.country;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.tipmonitor.api.vocabulary.ReportedValue;
import org.tipmonitor.api.vocabulary.Reporting;

/** One law-enforcement figure as a writer gives it; the same JSON as {@link FigureView}. */
public record FigureInput(
        @PositiveOrZero Integer value,
        @NotNull Reporting reporting,
        boolean lowerBound) {

    /**
     * The reported-figure rule, {@link ReportedValue#consistent}. This record does not implement
     * ReportedValue because a broken rule has always been reported on the field "...consistent" (the
     * name clients see in problem+json), and ReportedValue would report it as "...valueAsReported".
     */
    @AssertTrue(message = "a NOT_REPORTED figure has no value, and a reported one needs a value")
    boolean isConsistent() {
        return ReportedValue.consistent(reporting, value);
    }
}
