package org.tipmonitor.recommendation.dataset;

import java.util.ArrayList;
import java.util.List;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants.ComponentModel;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.recommendation.model.Recommendation;

/**
 * Copies a dataset record onto its row (MapStruct generates the copying; a row field nothing maps to
 * fails the build). Every value is assigned and Hibernate writes only those that changed; the two lists
 * are replaced only when they differ, so that an unchanged record leaves them untouched: loading the
 * same files twice writes nothing.
 */
@Mapper(componentModel = ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RecommendationInputMapper {

    @Mapping(target = "countryCode", source = "input.country")
    @Mapping(target = "previousId", source = "input.previous")
    @Mapping(target = "addresseeCountries", ignore = true)
    @Mapping(target = "sources", ignore = true)
    // The loader sets createdAt on insert; status, version and lastUpdatedAt belong to implementation updates.
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "lastUpdatedAt", ignore = true)
    void applyTo(RecommendationInput input, int yearsOutstanding, @MappingTarget Recommendation recommendation);

    @AfterMapping
    default void replaceChangedLists(RecommendationInput input, @MappingTarget Recommendation recommendation) {
        replaceIfChanged(recommendation.addresseeCountries, input.addresseeCountries());
        replaceIfChanged(recommendation.sources, input.sources());
    }

    private static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
        if (!new ArrayList<>(current).equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
