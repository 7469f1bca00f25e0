package org.tipmonitor.recommendation.mapping;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants.ComponentModel;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.api.recommendation.DroppedView;
import org.tipmonitor.api.recommendation.ImplementationUpdateView;
import org.tipmonitor.api.recommendation.LineageView;
import org.tipmonitor.api.recommendation.ProgressView;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.recommendation.StaleView;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.recommendation.model.Dropped;
import org.tipmonitor.recommendation.model.ImplementationUpdate;
import org.tipmonitor.recommendation.model.Lineage;
import org.tipmonitor.recommendation.model.Progress;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.model.RecommendationDetails;

/**
 * Model to the API's views, from what it is given only: the caller has read each recommendation's
 * update history and resolved its citations first (RecommendationDetails). {@code showRecorders} says
 * whether the caller may see who recorded each update (security.AccessRules decides it). MapStruct
 * generates the copying by name; a view field nothing maps to fails the build.
 */
@Mapper(componentModel = ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR,
        imports = Duration.class)
public interface RecommendationMapper {

    /** The row's own fields, with the history and the source documents read for it. */
    @Mapping(target = ".", source = "recommendation")
    // The resolved documents of the details, not the row's citations (which have the same name).
    @Mapping(target = "sources", source = "sources")
    RecommendationView toView(RecommendationDetails details, @Context boolean showRecorders);

    List<RecommendationView> toViews(List<RecommendationDetails> list, @Context boolean showRecorders);

    @Mapping(target = "recordedBy", qualifiedByName = "recorderIfShown")
    ImplementationUpdateView toView(ImplementationUpdate update, @Context boolean showRecorders);

    LineageView toView(Lineage lineage, @Context boolean showRecorders);

    List<DroppedView> toDroppedViews(List<Dropped> dropped, @Context boolean showRecorders);

    // The rate is computed by the model (IMPLEMENTED / total), not one of its components.
    @Mapping(target = "implementationRate", expression = "java(progress.implementationRate())")
    ProgressView toView(Progress progress);

    /** {@code now} is the caller's clock reading: idleDays are the whole days from idleSince to it. */
    @Mapping(target = "idleSince", expression = "java(RecommendationMapper.utc(recommendation.idleSince()))")
    @Mapping(target = "idleDays", expression = "java(Duration.between(recommendation.idleSince(), now).toDays())")
    StaleView toStaleView(Recommendation recommendation, @Context Instant now);

    /**
     * The view as the write of {@code version} left it: its status, that version and the history up to it.
     * A replayed idempotent write answers this, the first write's result, even after later updates.
     */
    default RecommendationView asOf(RecommendationView now, int version) {
        List<ImplementationUpdateView> history = now.history().stream().filter(u -> u.version() <= version).toList();
        ImplementationStatus status = history.isEmpty() ? now.status() : history.get(0).status();
        return new RecommendationView(now.id(), now.countryCode(), now.reportYear(), now.pillar(), now.position(),
                now.text(), now.issuer(), now.addressee(), now.addresseeCountries(), status, version,
                now.yearsOutstanding(), now.previousId(), now.wordingChange(), history, now.sources());
    }

    /** Who recorded an update, for callers who may see it; null for the others. */
    @Named("recorderIfShown")
    default String recorderIfShown(String recordedBy, @Context boolean showRecorders) {
        return showRecorders ? recordedBy : null;
    }

    /** Instants are shown in UTC; null stays null. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
