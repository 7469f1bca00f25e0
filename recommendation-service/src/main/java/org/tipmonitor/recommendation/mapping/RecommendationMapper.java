package org.tipmonitor.recommendation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.service.RecommendationService.Dropped;
import org.tipmonitor.recommendation.service.RecommendationService.Lineage;

/** Entities to the API's views, with every citation resolved to its source document. */
@ApplicationScoped
public class RecommendationMapper {

    @Inject
    SourceCatalog sources;

    public RecommendationView toView(Recommendation r) {
        return new RecommendationView(r.id, r.countryCode, r.reportYear, r.pillar, r.position, r.text, r.issuer,
                r.addressee, List.copyOf(r.addresseeCountries), r.yearsOutstanding, r.previousId, r.wordingChange,
                sources.resolve(r.sources));
    }

    public LineageView toView(Lineage lineage) {
        return new LineageView(lineage.id(), lineage.droppedIn(), lineage.forms().stream().map(this::toView).toList());
    }

    public DroppedView toView(Dropped dropped) {
        return new DroppedView(dropped.droppedIn(), toView(dropped.recommendation()));
    }
}
