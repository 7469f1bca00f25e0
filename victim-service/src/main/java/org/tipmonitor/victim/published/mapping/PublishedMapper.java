package org.tipmonitor.victim.published.mapping;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.victim.Breakdown;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.Qualifier;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;

/**
 * Published statistics and pathways to the API's views. The citations come resolved, and a pathway's
 * collections loaded: the caller reads first, so that mapping reads nothing.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PublishedMapper {

    @Mapping(target = "lowerBound", source = "statistic.qualifier")
    @Mapping(target = "breakdown", source = "statistic")
    @Mapping(target = "sources", source = "sources")
    StatisticView toView(Statistic statistic, List<SourceView> sources);

    @Mapping(target = "lowerBound", source = "pathway.qualifier")
    @Mapping(target = "sources", source = "sources")
    PathwayView toView(Pathway pathway, List<SourceView> sources);

    /** A pathway without an estimate has no qualifier, and so no lower bound. */
    default boolean lowerBound(Qualifier qualifier) {
        return qualifier != null && qualifier.lowerBound();
    }

    /** A breakdown with no part set restricts nothing: the API shows none rather than an empty one. */
    default Breakdown breakdown(Statistic statistic) {
        if (statistic.breakdownSex == null && statistic.breakdownAge == null && statistic.breakdownExploitation == null) {
            return null;
        }
        return new Breakdown(statistic.breakdownSex, statistic.breakdownAge, statistic.breakdownExploitation);
    }
}
