package org.tipmonitor.recommendation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tipmonitor.api.recommendation.DroppedView;
import org.tipmonitor.api.recommendation.ImplementationUpdateView;
import org.tipmonitor.api.recommendation.LineageView;
import org.tipmonitor.api.recommendation.ProgressView;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.recommendation.StaleView;
import org.tipmonitor.recommendation.model.Dropped;
import org.tipmonitor.recommendation.model.ImplementationUpdate;
import org.tipmonitor.recommendation.model.Lineage;
import org.tipmonitor.recommendation.model.Progress;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.model.RecommendationDetails;

/**
 * Model to the API's views, from what it is given only: the caller has read each recommendation's
 * update history and resolved its citations first (RecommendationDetails). {@code showRecorders} says
 * whether the caller may see who recorded each update (security.AccessRules decides it).
 */
@ApplicationScoped
public class RecommendationMapper {

    public RecommendationView toView(RecommendationDetails details, boolean showRecorders) {
        Recommendation r = details.recommendation();
        return new RecommendationView(r.id, r.countryCode, r.reportYear, r.pillar, r.position, r.text, r.issuer,
                r.addressee, List.copyOf(r.addresseeCountries), r.status, r.version, r.yearsOutstanding,
                r.previousId, r.wordingChange,
                details.history().stream().map(u -> toView(u, showRecorders)).toList(),
                details.sources());
    }

    public List<RecommendationView> toViews(List<RecommendationDetails> list, boolean showRecorders) {
        return list.stream().map(d -> toView(d, showRecorders)).toList();
    }

    public ImplementationUpdateView toView(ImplementationUpdate u, boolean showRecorder) {
        return new ImplementationUpdateView(u.version, u.status, u.note, u.evidenceUrl, utc(u.recordedAt),
                showRecorder ? u.recordedBy : null);
    }

    public LineageView toView(Lineage lineage, boolean showRecorders) {
        return new LineageView(lineage.id(), lineage.droppedIn(), toViews(lineage.forms(), showRecorders));
    }

    public List<DroppedView> toDroppedViews(List<Dropped> dropped, boolean showRecorders) {
        return dropped.stream()
                .map(d -> new DroppedView(d.droppedIn(), toView(d.recommendation(), showRecorders))).toList();
    }

    public ProgressView toView(Progress p) {
        return new ProgressView(p.countryCode(), p.reportYear(), p.total(), p.byStatus(), p.implementationRate(),
                p.stale(), p.staleAfterDays());
    }

    /** {@code now} is the caller's clock reading: idleDays are the whole days from idleSince to it. */
    public StaleView toStaleView(Recommendation r, Instant now) {
        Instant since = r.idleSince();
        return new StaleView(r.id, r.countryCode, r.reportYear, r.pillar, r.position, r.text, r.status, r.version,
                utc(r.lastUpdatedAt), utc(since), Duration.between(since, now).toDays());
    }

    /** Instants are shown in UTC; null stays null. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
