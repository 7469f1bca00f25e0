package org.tipmonitor.victim.mapping;

import java.util.List;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.victim.model.Breakdown;
import org.tipmonitor.victim.model.Qualifier;
import org.tipmonitor.victim.model.Unit;

/** A statistic as the API shows it; field names follow the gateway's Statistic type. */
public record StatisticView(String id, String countryCode, String metric, int year, Integer periodEnd,
        Integer value, Integer upperValue, Unit unit, boolean lowerBound, Qualifier qualifier, String asWritten,
        Reporting reporting, Breakdown breakdown, String description, List<SourceView> sources) {
}
