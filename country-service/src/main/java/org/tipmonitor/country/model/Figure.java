package org.tipmonitor.country.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tipmonitor.api.vocabulary.Reporting;

/**
 * One law-enforcement figure as the source gives it. NOT_REPORTED carries no value: a figure that
 * was not reported is unknown, not zero. A lower bound ("more than 10") is kept as such. Writers'
 * figures are checked as api FigureInput before they become one of these.
 */
@Embeddable
public record Figure(
        Integer value,
        @Enumerated(EnumType.STRING) Reporting reporting,
        boolean lowerBound) {
}
