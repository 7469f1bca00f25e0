package org.tipmonitor.api.country;

import org.tipmonitor.api.vocabulary.ReportedValue;
import org.tipmonitor.api.vocabulary.Reporting;

/**
 * One law-enforcement figure as the source gives it, e.g. {@code {"value": 19, "reporting": "OFFICIAL",
 * "lowerBound": false}}. NOT_REPORTED carries no value; a lower bound ("more than 10") is kept as such.
 */
public record FigureView(Integer value, Reporting reporting, boolean lowerBound) implements ReportedValue {
}
