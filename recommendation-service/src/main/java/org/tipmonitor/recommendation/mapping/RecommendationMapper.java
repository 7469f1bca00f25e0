package org.tipmonitor.recommendation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.recommendation.model.ImplementationUpdate;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.repository.ImplementationUpdateRepository;
import org.tipmonitor.recommendation.service.RecommendationService.Dropped;
import org.tipmonitor.recommendation.service.RecommendationService.Lineage;

/**
 * Entities to the API's views, with every citation resolved to its source document and the update
 * history of a whole list read in one query. {@code showRecorders} says whether the caller may see
 * who recorded each update.
 */
@ApplicationScoped
public class RecommendationMapper {

    @Inject
    SourceCatalog sources;
    @Inject
    ImplementationUpdateRepository updates;

    public RecommendationView toView(Recommendation r, boolean showRecorders) {
        return toViews(List.of(r), showRecorders).get(0);
    }

    public List<RecommendationView> toViews(List<Recommendation> list, boolean showRecorders) {
        Map<String, List<ImplementationUpdate>> history = updates.historyOf(list.stream().map(r -> r.id).toList());
        return list.stream().map(r -> toView(r, history.getOrDefault(r.id, List.of()), showRecorders)).toList();
    }

    private RecommendationView toView(Recommendation r, List<ImplementationUpdate> history, boolean showRecorders) {
        return new RecommendationView(r.id, r.countryCode, r.reportYear, r.pillar, r.position, r.text, r.issuer,
                r.addressee, List.copyOf(r.addresseeCountries), r.status, r.version, r.yearsOutstanding,
                r.previousId, r.wordingChange,
                history.stream().map(u -> ImplementationUpdateView.of(u, showRecorders)).toList(),
                sources.resolve(r.sources));
    }

    public LineageView toView(Lineage lineage, boolean showRecorders) {
        return new LineageView(lineage.id(), lineage.droppedIn(), toViews(lineage.forms(), showRecorders));
    }

    public List<DroppedView> toDroppedViews(List<Dropped> dropped, boolean showRecorders) {
        List<RecommendationView> views = toViews(dropped.stream().map(Dropped::recommendation).toList(), showRecorders);
        return IntStream.range(0, dropped.size())
                .mapToObj(i -> new DroppedView(dropped.get(i).droppedIn(), views.get(i))).toList();
    }
}
