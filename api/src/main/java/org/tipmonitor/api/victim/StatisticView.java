package org.tipmonitor.api.victim;

import java.util.List;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.ReportedValue;
import org.tipmonitor.api.vocabulary.Reporting;

/**
 * A published figure about victims or people at risk, as {@code GET /api/v1/statistics} shows it; field
 * names follow the gateway's Statistic type. {@code lowerBound} is true when the source gives only a
 * lower bound (qualifier MORE_THAN or AT_LEAST); a NOT_REPORTED figure has a null value, never 0.
 */
public record StatisticView(String id, String countryCode, String metric, Integer year, Integer periodEnd,
        Integer value, Integer upperValue, Unit unit, boolean lowerBound, Qualifier qualifier, String asWritten,
        Reporting reporting, Breakdown breakdown, String description, List<SourceView> sources)
        implements ReportedValue {
}
