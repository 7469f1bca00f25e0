package org.tipmonitor.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.repository.RecommendationRepository;

/** Reads of recommendations and of their lineage across reports. */
@ApplicationScoped
public class RecommendationService {

    @Inject
    RecommendationRepository recommendations;

    public List<Recommendation> list(RecommendationFilter filter) {
        return recommendations.filtered(filter);
    }

    public Recommendation get(String id) {
        return recommendations.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No recommendation " + id));
    }

    /** A recommendation's lineage: every form of it, newest first, and the report that dropped it, if any. */
    public Lineage lineage(String id) {
        Recommendation newest = get(id);
        for (Optional<Recommendation> next = recommendations.successorOf(newest.id); next.isPresent();
                next = recommendations.successorOf(newest.id)) {
            newest = next.get();
        }
        List<Recommendation> forms = new ArrayList<>();
        for (Recommendation r = newest; r != null; r = r.previousId == null ? null : get(r.previousId)) {
            forms.add(r);
        }
        return new Lineage(id, Collections.unmodifiableList(forms), new ReportSeries(recommendations.reports()).nextReportYear(newest).orElse(null));
    }

    /**
     * Recommendations the issuer's next report on the country no longer made, optionally only those
     * dropped by the report of {@code year}; a recommendation whose report is the issuer's latest is
     * not dropped.
     */
    public List<Dropped> dropped(List<String> countries, Integer year) {
        ReportSeries series = new ReportSeries(recommendations.reports());
        List<Dropped> dropped = new ArrayList<>();
        for (Recommendation r : recommendations.withoutSuccessor(countries)) {
            series.nextReportYear(r)
                    .filter(next -> year == null || next.equals(year))
                    .ifPresent(next -> dropped.add(new Dropped(r, next)));
        }
        return dropped;
    }

    public record Lineage(String id, List<Recommendation> forms, Integer droppedIn) {
    }

    public record Dropped(Recommendation recommendation, int droppedIn) {
    }
}
