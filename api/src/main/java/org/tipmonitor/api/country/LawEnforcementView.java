package org.tipmonitor.api.country;

import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.Reporting;

/**
 * One year's law-enforcement figures. A figure is null when the source does not mention it; a
 * NOT_REPORTED figure has a null value. {@code reporting} is the most authoritative reporting among
 * the figures given (OFFICIAL before NGO before MEDIA), NOT_REPORTED when none was reported.
 */
public record LawEnforcementView(int dataYear, FigureView investigations, FigureView prosecutions,
        FigureView convictions, FigureView victimsIdentified, Reporting reporting, String note, SourceView source) {
}
