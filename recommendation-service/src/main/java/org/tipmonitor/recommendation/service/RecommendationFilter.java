package org.tipmonitor.recommendation.service;

import java.util.List;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;

/** What the list, the CSV export and the progress views select by; null or empty means any. */
public record RecommendationFilter(List<String> countries, Integer year, ImplementationStatus status, Pillar pillar) {

    public RecommendationFilter {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }
}
