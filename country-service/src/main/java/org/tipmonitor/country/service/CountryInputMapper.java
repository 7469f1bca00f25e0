package org.tipmonitor.country.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.api.country.AssessmentInput;
import org.tipmonitor.api.country.CountryInput;
import org.tipmonitor.api.country.FigureInput;
import org.tipmonitor.api.country.LawEnforcementInput;
import org.tipmonitor.api.source.CitationInput;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.Figure;
import org.tipmonitor.country.model.LawEnforcementYear;

/**
 * What an api input says, written onto an entity: the one place for admin writes (CountryService) and
 * dataset loads (CountryDataset), which take the same inputs. It sits in the service layer, not in
 * mapping, because the dataset may not use mapping (only rest may: ServiceArchitecture.layers). MapStruct
 * writes the copying, and an entity field that no input field fills and that is not ignored here fails
 * the build, so a new field cannot be forgotten. No I/O.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CountryInputMapper {

    Country applyTo(CountryInput input, @MappingTarget Country country);

    /**
     * Copies the input. The country is the caller's (the path's, or the record's, looked up); the version
     * is JPA's to count, the input's is only what the writer read; the collections follow, in
     * {@link #replaceCollectionsIfChanged}.
     */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "country", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "sources", ignore = true)
    @Mapping(target = "lawEnforcement", ignore = true)
    void applyTo(AssessmentInput input, @MappingTarget Assessment assessment);

    /**
     * Collections are replaced only when they differ: clearing and refilling equal ones would rewrite their
     * rows and count a new version, and an unchanged load must write nothing.
     */
    @AfterMapping
    default void replaceCollectionsIfChanged(AssessmentInput input, @MappingTarget Assessment assessment) {
        replaceIfChanged(assessment.sources, input.sources().stream().map(this::citation).toList());
        replaceIfChanged(assessment.lawEnforcement, input.lawEnforcement().stream().map(this::lawEnforcement).toList());
    }

    LawEnforcementYear lawEnforcement(LawEnforcementInput input);

    Figure figure(FigureInput input);

    Citation citation(CitationInput input);

    /** Every citation of an assessment input (its sources and each law-enforcement year's), to check against the catalog. */
    default List<Citation> citations(AssessmentInput input) {
        Stream<CitationInput> ofYears = input.lawEnforcement().stream().filter(Objects::nonNull)
                .map(LawEnforcementInput::citation);
        return Stream.concat(input.sources().stream(), ofYears).filter(Objects::nonNull).map(this::citation)
                .toList();
    }

    private static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
        if (!new ArrayList<>(current).equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
