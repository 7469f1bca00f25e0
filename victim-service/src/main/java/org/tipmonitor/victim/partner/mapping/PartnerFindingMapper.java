package org.tipmonitor.victim.partner.mapping;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.victim.PartnerFindingView;
import org.tipmonitor.api.victim.PartnerPathwayInput;
import org.tipmonitor.api.victim.PartnerStatisticInput;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.Qualifier;
import org.tipmonitor.api.victim.ReviewEventView;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.victim.partner.model.Finding;
import org.tipmonitor.victim.partner.model.PartnerFinding;
import org.tipmonitor.victim.partner.model.ReviewEvent;

/**
 * Partner findings to the API's views. The content comes read (Finding), so mapping reads nothing. The
 * statistic or pathway is shown in the official views' shape, reported as NGO, citing the organization's own
 * document, so that a client can put it beside the official figures and never mistake it for one.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PartnerFindingMapper {

    /** The finding as the caller sees it; who took each step only for callers who see reviewers. */
    default PartnerFindingView toView(Finding finding, boolean seesReviewers) {
        PartnerFinding row = finding.row();
        List<SourceView> sources = List.of(toSource(row));
        return toView(row,
                finding.statistic() == null ? null : toStatistic(row.id, finding.statistic(), sources),
                finding.pathway() == null ? null : toPathway(row.id, finding.pathway(), sources),
                row.history.stream().map(e -> seesReviewers ? toEvent(e) : withoutName(toEvent(e))).toList());
    }

    @Mapping(target = "id", source = "row.id")
    @Mapping(target = "reporting", constant = "NGO")
    @Mapping(target = "history", source = "events")
    PartnerFindingView toView(PartnerFinding row, StatisticView statistic, PathwayView pathway,
            List<ReviewEventView> events);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "countryCode", source = "content.country")
    @Mapping(target = "lowerBound", source = "content.qualifier")
    @Mapping(target = "qualifier", source = "content.qualifier", defaultValue = "EXACT")
    @Mapping(target = "reporting", constant = "NGO")
    @Mapping(target = "sources", source = "sources")
    StatisticView toStatistic(String id, PartnerStatisticInput content, List<SourceView> sources);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "lowerBound", source = "content.qualifier")
    @Mapping(target = "periodStartPrecision", source = "content.periodStartPrecision", defaultValue = "NOT_STATED")
    @Mapping(target = "periodEndPrecision", source = "content.periodEndPrecision", defaultValue = "NOT_STATED")
    @Mapping(target = "sources", source = "sources")
    PathwayView toPathway(String id, PartnerPathwayInput content, List<SourceView> sources);

    /** The organization's document: not in the shared catalog, so no catalog id, kind or file. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "kind", ignore = true)
    @Mapping(target = "file", ignore = true)
    @Mapping(target = "title", source = "sourceTitle")
    @Mapping(target = "publisher", source = "sourcePublisher")
    @Mapping(target = "published", source = "sourcePublished")
    @Mapping(target = "url", source = "sourceUrl")
    @Mapping(target = "section", source = "sourceSection")
    @Mapping(target = "quote", source = "sourceQuote")
    SourceView toSource(PartnerFinding row);

    ReviewEventView toEvent(ReviewEvent event);

    /** Who took a step is a personal detail (like who recorded implementation): partners see when, not who. */
    default ReviewEventView withoutName(ReviewEventView event) {
        return new ReviewEventView(event.state(), event.version(), event.at(), null, event.reason());
    }

    /** An estimate without a qualifier is exact; only MORE_THAN and AT_LEAST make a lower bound. */
    default boolean lowerBound(Qualifier qualifier) {
        return qualifier != null && qualifier.lowerBound();
    }

    /** An official pathway stores a missing complicity as false; a partner's is required, so this is a guard. */
    default boolean complicity(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
