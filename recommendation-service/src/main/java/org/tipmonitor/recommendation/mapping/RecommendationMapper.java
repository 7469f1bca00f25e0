package org.tipmonitor.recommendation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tipmonitor.api.recommendation.DroppedView;
import org.tipmonitor.api.recommendation.ImplementationUpdateView;
import org.tipmonitor.api.recommendation.LineageView;
import org.tipmonitor.api.recommendation.ProgressView;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.recommendation.StaleView;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.recommendation.model.ImplementationUpdate;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.repository.ImplementationUpdateRepository;
import org.tipmonitor.recommendation.service.ProgressService;
import org.tipmonitor.recommendation.service.ProgressService.Progress;
import org.tipmonitor.recommendation.service.RecommendationService.Dropped;
import org.tipmonitor.recommendation.service.RecommendationService.Lineage;

/**
 * Entities to the API's views (the api module's records), with every citation resolved to its source
 * document and the update history of a whole list read in one query. {@code showRecorders} says
 * whether the caller may see who recorded each update.
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
                history.stream().map(u -> toView(u, showRecorders)).toList(),
                sources.resolve(r.sources));
    }

    public ImplementationUpdateView toView(ImplementationUpdate u, boolean showRecorder) {
        return new ImplementationUpdateView(u.version, u.status, u.note, u.evidenceUrl, utc(u.recordedAt),
                showRecorder ? u.recordedBy : null);
    }

    public LineageView toView(Lineage lineage, boolean showRecorders) {
        return new LineageView(lineage.id(), lineage.droppedIn(), toViews(lineage.forms(), showRecorders));
    }

    public List<DroppedView> toDroppedViews(List<Dropped> dropped, boolean showRecorders) {
        List<RecommendationView> views = toViews(dropped.stream().map(Dropped::recommendation).toList(), showRecorders);
        return IntStream.range(0, dropped.size())
                .mapToObj(i -> new DroppedView(dropped.get(i).droppedIn(), views.get(i))).toList();
    }

    public ProgressView toView(Progress p, int staleAfterDays) {
        return new ProgressView(p.countryCode(), p.reportYear(), p.total(), p.byStatus(), p.implementationRate(),
                p.stale(), staleAfterDays);
    }

    /** {@code now} is the caller's clock reading: idleDays are the whole days from idleSince to it. */
    public StaleView toStaleView(Recommendation r, Instant now) {
        Instant since = ProgressService.idleSince(r);
        return new StaleView(r.id, r.countryCode, r.reportYear, r.pillar, r.position, r.text, r.status, r.version,
                utc(r.lastUpdatedAt), utc(since), Duration.between(since, now).toDays());
    }

    /** Instants are shown in UTC; null stays null. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
