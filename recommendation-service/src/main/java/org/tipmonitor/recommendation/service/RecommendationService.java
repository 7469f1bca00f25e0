package org.tipmonitor.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.recommendation.model.Dropped;
import org.tipmonitor.recommendation.model.ImplementationUpdate;
import org.tipmonitor.recommendation.model.Lineage;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.model.RecommendationCriteria;
import org.tipmonitor.recommendation.model.RecommendationDetails;
import org.tipmonitor.recommendation.repository.ImplementationUpdateRepository;
import org.tipmonitor.recommendation.repository.RecommendationRepository;

/** Reads of recommendations, of their lineage across reports, and of what their views show with them. */
@ApplicationScoped
public class RecommendationService {

    @Inject
    RecommendationRepository recommendations;
    @Inject
    ImplementationUpdateRepository updates;
    @Inject
    SourceCatalog sources;

    public List<Recommendation> list(RecommendationCriteria criteria) {
        return recommendations.filtered(criteria);
    }

    public Recommendation get(String id) {
        return recommendations.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No recommendation " + id));
    }

    public RecommendationDetails details(Recommendation r) {
        return details(List.of(r)).get(0);
    }

    /**
     * The recommendations in the same order, each with its update history (read in one query for the
     * whole list) and its citations resolved to source documents (which may read the catalog).
     */
    public List<RecommendationDetails> details(List<Recommendation> list) {
        Map<String, List<ImplementationUpdate>> history = updates.historyOf(list.stream().map(r -> r.id).toList());
        return list.stream()
                .map(r -> new RecommendationDetails(r, history.getOrDefault(r.id, List.of()), sources.resolve(r.sources)))
                .toList();
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
        return new Lineage(id, details(forms), new ReportSeries(recommendations.reports()).nextReportYear(newest).orElse(null));
    }

    /**
     * Recommendations the issuer's next report on the country no longer made, optionally only those
     * dropped by the report of {@code year}; a recommendation whose report is the issuer's latest is
     * not dropped.
     */
    public List<Dropped> dropped(List<String> countries, Integer year) {
        ReportSeries series = new ReportSeries(recommendations.reports());
        List<Recommendation> dropped = new ArrayList<>();
        List<Integer> droppedIn = new ArrayList<>();
        for (Recommendation r : recommendations.withoutSuccessor(countries)) {
            series.nextReportYear(r)
                    .filter(next -> year == null || next.equals(year))
                    .ifPresent(next -> {
                        dropped.add(r);
                        droppedIn.add(next);
                    });
        }
        List<RecommendationDetails> details = details(dropped);
        return IntStream.range(0, details.size()).mapToObj(i -> new Dropped(details.get(i), droppedIn.get(i))).toList();
    }
}
