package org.tipmonitor.recommendation.mapping;

import java.util.Map;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.recommendation.service.ProgressService.Progress;

/**
 * Progress of one country's recommendations of one report year: counts by current status (every
 * status present), implementationRate = IMPLEMENTED / total (PARTIALLY_IMPLEMENTED counts zero),
 * and how many have had no update for staleAfterDays days.
 */
public record ProgressView(String countryCode, int reportYear, int total, Map<ImplementationStatus, Integer> byStatus,
        double implementationRate, int stale, int staleAfterDays) {

    public static ProgressView of(Progress p, int staleAfterDays) {
        return new ProgressView(p.countryCode(), p.reportYear(), p.total(), p.byStatus(), p.implementationRate(),
                p.stale(), staleAfterDays);
    }
}
