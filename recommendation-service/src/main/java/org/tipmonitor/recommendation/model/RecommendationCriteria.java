package org.tipmonitor.recommendation.model;

import java.util.List;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;

/**
 * What the list, the CSV export and the progress views select recommendations by; null or empty means
 * any. In the model so that rest builds it, and the service hands it to the repository, without a
 * layer importing one above it.
 */
public record RecommendationCriteria(List<String> countries, Integer year, ImplementationStatus status, Pillar pillar) {

    public RecommendationCriteria {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }
}
