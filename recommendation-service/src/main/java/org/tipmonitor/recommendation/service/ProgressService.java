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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.repository.RecommendationRepository;

/**
 * How far recommendations have been carried out, per country and report year, and which ones nobody
 * has updated for a while. A recommendation never updated is idle since it was loaded.
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    RecommendationRepository recommendations;
    @ConfigProperty(name = "tip.recommendations.stale-after-days")
    int staleAfterDays;

    public int staleAfterDays() {
        return staleAfterDays;
    }

    /** Per country and report year (country order, newest year first), over the recommendations the filter selects. */
    public List<Progress> progress(RecommendationFilter filter) {
        Instant cutoff = cutoff(staleAfterDays);
        Map<String, List<Recommendation>> groups = new LinkedHashMap<>();
        for (Recommendation r : recommendations.filtered(filter)) {
            groups.computeIfAbsent(r.countryCode + " " + r.reportYear, k -> new ArrayList<>()).add(r);
        }
        return groups.values().stream().map(group -> {
            Map<ImplementationStatus, Integer> byStatus = new EnumMap<>(ImplementationStatus.class);
            for (ImplementationStatus s : ImplementationStatus.values()) {
                byStatus.put(s, 0);
            }
            group.forEach(r -> byStatus.merge(r.status, 1, Integer::sum));
            int stale = (int) group.stream().filter(r -> idleSince(r).isBefore(cutoff)).count();
            Recommendation first = group.get(0);
            return new Progress(first.countryCode, first.reportYear, group.size(), byStatus, stale);
        }).toList();
    }

    /** Recommendations without an update for {@code days} days (the configured number when null), longest idle first. */
    public List<Recommendation> stale(RecommendationFilter filter, Integer days) {
        Instant cutoff = cutoff(days != null ? days : staleAfterDays);
        return recommendations.filtered(filter).stream()
                .filter(r -> idleSince(r).isBefore(cutoff))
                .sorted(Comparator.comparing(ProgressService::idleSince).thenComparing(r -> r.id))
                .toList();
    }

    public static Instant idleSince(Recommendation r) {
        return r.lastUpdatedAt != null ? r.lastUpdatedAt : r.createdAt;
    }

    private static Instant cutoff(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    /**
     * One country's recommendations of one report year. The implementation rate counts IMPLEMENTED
     * only: a partial implementation is not an implementation, and its count is in byStatus.
     */
    public record Progress(String countryCode, int reportYear, int total, Map<ImplementationStatus, Integer> byStatus,
            int stale) {

        public double implementationRate() {
            return total == 0 ? 0 : (double) byStatus.get(ImplementationStatus.IMPLEMENTED) / total;
        }
    }
}
