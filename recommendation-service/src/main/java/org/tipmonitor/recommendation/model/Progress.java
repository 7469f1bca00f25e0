package org.tipmonitor.recommendation.model;

import java.util.Map;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/**
 * One country's recommendations of one report year (null: those whose source is undated): counts by
 * current status (every status present), and how many have had no update for {@code staleAfterDays}
 * days. The implementation rate counts IMPLEMENTED only: a partial implementation is not an
 * implementation, and its count is in byStatus.
 */
public record Progress(String countryCode, Integer reportYear, int total,
        Map<ImplementationStatus, Integer> byStatus, int stale, int staleAfterDays) {

    public double implementationRate() {
        return total == 0 ? 0 : (double) byStatus.get(ImplementationStatus.IMPLEMENTED) / total;
    }
}
