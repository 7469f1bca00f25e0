package org.tipmonitor.victim.published.dataset;

import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;

/**
 * Writes a dataset record onto its row. Values are assigned as they are, so that Hibernate's dirty
 * checking writes only the changed ones; collections are replaced only when their content differs
 * (assigning one would rewrite its table). A target field nothing maps to fails the build. A pathway
 * date's missing precision (allowed only without a date) is stored as NOT_STATED.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface InputMapper {

    @Mapping(target = "countryCode", source = "country")
    @Mapping(target = "qualifier", defaultValue = "EXACT")
    @Mapping(target = "breakdownSex", source = "breakdown.sex")
    @Mapping(target = "breakdownAge", source = "breakdown.ageGroup")
    @Mapping(target = "breakdownExploitation", source = "breakdown.exploitation")
    @Mapping(target = "sources", ignore = true)
    void update(StatisticInput input, @MappingTarget Statistic statistic);

    @Mapping(target = "transit", ignore = true)
    @Mapping(target = "exploitation", ignore = true)
    @Mapping(target = "means", ignore = true)
    @Mapping(target = "sources", ignore = true)
    @Mapping(target = "periodStartPrecision", defaultValue = "NOT_STATED")
    @Mapping(target = "periodEndPrecision", defaultValue = "NOT_STATED")
    void update(PathwayInput input, @MappingTarget Pathway pathway);

    @AfterMapping
    default void replaceCollections(StatisticInput input, @MappingTarget Statistic statistic) {
        Collections2.replaceIfChanged(statistic.sources, input.sources());
    }

    @AfterMapping
    default void replaceCollections(PathwayInput input, @MappingTarget Pathway pathway) {
        Collections2.replaceIfChanged(pathway.transit, input.transit());
        Collections2.replaceIfChanged(pathway.exploitation, input.exploitation());
        Collections2.replaceIfChanged(pathway.means, input.means());
        Collections2.replaceIfChanged(pathway.sources, input.sources());
    }
}
