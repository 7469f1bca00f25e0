package org.tipmonitor.api.recommendation;

import java.util.Map;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/**
 * Progress of one country's recommendations of one report year ({@code reportYear} null: those whose
 * source is undated, listed after the dated years): counts by current status (every status present),
 * implementationRate = IMPLEMENTED / total (PARTIALLY_IMPLEMENTED counts zero), and how many have had
 * no update for staleAfterDays days.
 */
public record ProgressView(String countryCode, Integer reportYear, int total,
        Map<ImplementationStatus, Integer> byStatus, double implementationRate, int stale, int staleAfterDays) {
}
