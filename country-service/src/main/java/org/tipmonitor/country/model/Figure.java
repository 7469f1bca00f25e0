package org.tipmonitor.country.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.tipmonitor.api.vocabulary.Reporting;

/**
 * One law-enforcement figure as the source gives it. NOT_REPORTED carries no value: a figure that
 * was not reported is unknown, not zero. A lower bound ("more than 10") is kept as such.
 */
@Embeddable
public record Figure(
        @PositiveOrZero Integer value,
        @NotNull @Enumerated(EnumType.STRING) Reporting reporting,
        boolean lowerBound) {

    @AssertTrue(message = "a NOT_REPORTED figure has no value, and a reported one needs a value")
    boolean isConsistent() {
        return reporting == null || (reporting == Reporting.NOT_REPORTED) == (value == null);
    }
}
