package org.tipmonitor.country.mapping;

import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.country.model.Figure;

/**
 * One year's law-enforcement figures. A figure is null when the source does not mention it; a
 * NOT_REPORTED figure has a null value. {@code reporting} is the most authoritative reporting among
 * the figures given (OFFICIAL before NGO before MEDIA), NOT_REPORTED when none was reported.
 */
public record LawEnforcementView(int dataYear, Figure investigations, Figure prosecutions, Figure convictions,
        Figure victimsIdentified, Reporting reporting, String note, SourceView source) {

    static Reporting overall(Figure... figures) {
        return Stream.of(figures).filter(Objects::nonNull).map(Figure::reporting)
                .min(Comparator.naturalOrder()).orElse(Reporting.NOT_REPORTED);
    }
}
