package org.tipmonitor.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.recommendation.config.RecommendationsConfig;
import org.tipmonitor.recommendation.model.Progress;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.model.RecommendationCriteria;
import org.tipmonitor.recommendation.repository.RecommendationRepository;

/**
 * How far recommendations have been carried out, per country and report year, and which ones nobody
 * has updated for a while. A recommendation never updated is idle since it was loaded.
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    RecommendationRepository recommendations;
    @Inject
    RecommendationsConfig config;

    /** Per country and report year (country order, newest year first), over the recommendations the criteria select. */
    public List<Progress> progress(RecommendationCriteria criteria) {
        int staleAfterDays = config.staleAfterDays();
        Instant cutoff = cutoff(staleAfterDays);
        Map<String, List<Recommendation>> groups = new LinkedHashMap<>();
        for (Recommendation r : recommendations.filtered(criteria)) {
            groups.computeIfAbsent(r.countryCode + " " + r.reportYear, k -> new ArrayList<>()).add(r);
        }
        return groups.values().stream().map(group -> {
            Map<ImplementationStatus, Integer> byStatus = new EnumMap<>(ImplementationStatus.class);
            for (ImplementationStatus s : ImplementationStatus.values()) {
                byStatus.put(s, 0);
            }
            group.forEach(r -> byStatus.merge(r.status, 1, Integer::sum));
            int stale = (int) group.stream().filter(r -> r.idleSince().isBefore(cutoff)).count();
            Recommendation first = group.get(0);
            return new Progress(first.countryCode, first.reportYear, group.size(), byStatus, stale, staleAfterDays);
        }).toList();
    }

    /** Recommendations without an update for {@code days} days (the configured number when null), longest idle first. */
    public List<Recommendation> stale(RecommendationCriteria criteria, Integer days) {
        Instant cutoff = cutoff(days != null ? days : config.staleAfterDays());
        return recommendations.filtered(criteria).stream()
                .filter(r -> r.idleSince().isBefore(cutoff))
                .sorted(Comparator.comparing(Recommendation::idleSince).thenComparing(r -> r.id))
                .toList();
    }

    private static Instant cutoff(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }
}
