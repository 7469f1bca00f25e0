package org.tipmonitor.country.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.CountryView;
import org.tipmonitor.api.country.FigureView;
import org.tipmonitor.api.country.LawEnforcementView;
import org.tipmonitor.api.country.PenaltyView;
import org.tipmonitor.api.country.StatuteView;
import org.tipmonitor.api.country.TierCountView;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.Figure;
import org.tipmonitor.country.model.LawEnforcementYear;
import org.tipmonitor.country.model.Penalty;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;

/**
 * Entities to the API's views (org.tipmonitor.api.country). No I/O: every citation arrives already
 * resolved to its source document, in {@code sources}, which the caller fills first ({@link #citations}
 * says what an assessment cites); the entities' collections arrive loaded (CountryService). MapStruct
 * writes the copying; a view field that nothing here fills fails the build.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CountryMapper {

    CountryView toView(Country country);

    @Mapping(target = "countryCode", source = "country.code")
    AssessmentView toView(Assessment assessment, @Context Map<Citation, SourceView> sources);

    @Mapping(target = "countryCode", source = "country.code")
    @Mapping(target = "source", source = "citation")
    StatuteView toView(Statute statute, @Context Map<Citation, SourceView> sources);

    @Mapping(target = "source", source = "citation")
    TierCountView toView(TierCount count, @Context Map<Citation, SourceView> sources);

    @Mapping(target = "reporting", source = "year", qualifiedByName = "overall")
    @Mapping(target = "source", source = "citation")
    LawEnforcementView toView(LawEnforcementYear year, @Context Map<Citation, SourceView> sources);

    FigureView toView(Figure figure);

    PenaltyView toView(Penalty penalty);

    /** What {@link #toView(Assessment, Map)} looks up in its sources: the assessment's and each year's citations. */
    static Stream<Citation> citations(Assessment a) {
        return Stream.concat(a.sources.stream(), a.lawEnforcement.stream().map(LawEnforcementYear::citation));
    }

    /** An assessment's law-enforcement years are shown newest data year first. */
    default List<LawEnforcementView> newestFirst(List<LawEnforcementYear> years,
            @Context Map<Citation, SourceView> sources) {
        return years.stream().sorted(Comparator.comparing(LawEnforcementYear::dataYear).reversed())
                .map(y -> toView(y, sources)).toList();
    }

    /** The most authoritative reporting among the figures given (OFFICIAL before NGO before MEDIA). */
    @Named("overall")
    default Reporting overall(LawEnforcementYear year) {
        return Stream.of(year.investigations(), year.prosecutions(), year.convictions(), year.victimsIdentified())
                .filter(Objects::nonNull).map(Figure::reporting)
                .min(Comparator.naturalOrder()).orElse(Reporting.NOT_REPORTED);
    }

    default SourceView source(Citation citation, @Context Map<Citation, SourceView> sources) {
        SourceView view = sources.get(citation);
        if (view == null) {
            throw new IllegalArgumentException("Citation " + citation + " was not resolved before mapping");
        }
        return view;
    }
}
