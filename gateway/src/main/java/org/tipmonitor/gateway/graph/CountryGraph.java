package org.tipmonitor.gateway.graph;

import static org.tipmonitor.gateway.client.DownstreamGuards.COUNTRY;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.RevisionView;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.gateway.client.CountryClient;
import org.tipmonitor.gateway.mapping.GraphMapper;
import org.tipmonitor.gateway.model.Assessment;
import org.tipmonitor.gateway.model.AssessmentRevision;
import org.tipmonitor.gateway.model.Country;
import org.tipmonitor.gateway.model.TierSummary;
import org.tipmonitor.gateway.security.AccessRules;

/** Countries and their assessments, from country-service; per-country fields are fetched in one batch. */
@GraphQLApi
public class CountryGraph {

    @Inject
    @RestClient
    CountryClient client;
    @Inject
    AccessRules access;
    @Inject
    RequestBatch batch;

    @Query
    @Description("Every country known, optionally only those on a tier in a report year.")
    public @NonNull Uni<List<@NonNull Country>> countries(
            @Description("Only countries on this tier in that report year (the latest one when year is left out).") Tier tier,
            @Description("Only countries assessed in this report year.") Integer year) {
        access.requireReader();
        return Downstream.call(COUNTRY, client.countries(tier, Arguments.year("year", year))
                .map(GraphMapper::toCountries), List.of())
                .invoke(countries -> batch.register(codes(countries)));
    }

    @Query
    @Description("One country by its ISO 3166-1 alpha-3 code; null when there is none.")
    public Uni<Country> country(
            @Description("ISO 3166-1 alpha-3 code, e.g. RUS.") @NonNull @Id String code) {
        access.requireReader();
        return Downstream.orNull(COUNTRY, client.country(Arguments.countryCode("code", code)).map(GraphMapper::toCountry))
                .invoke(country -> batch.register(country == null ? List.of() : List.of(country.code())));
    }

    @Query
    @Description("Published counts of countries per tier in one report year.")
    public Uni<TierSummary> tierSummary(
            @Description("The report year.") int year) {
        access.requireReader();
        return Downstream.orNull(COUNTRY, client.tierCount(Arguments.year("year", year))).map(
                count -> count == null ? null : GraphMapper.toSummary(count));
    }

    @Description("The assessment of that report year; the latest one when year is left out.")
    public Uni<Assessment> assessment(
            @Source Country country,
            @Description("The report year; the latest assessment when left out.") Integer year) {
        Integer reportYear = Arguments.year("year", year);
        return Downstream.call(COUNTRY, batch.forCountries("assessment:" + reportYear,
                codes -> client.assessments(codes, reportYear, false)), null)
                .map(byCountry -> first(byCountry.get(country.code())));
    }

    @Description("Every assessment, newest first: the tier history.")
    public @NonNull Uni<List<@NonNull Assessment>> assessments(@Source Country country) {
        return Downstream.call(COUNTRY, batch.forCountries("assessments",
                codes -> client.assessments(codes, null, true)), List.of())
                .map(byCountry -> all(byCountry, country.code()));
    }

    /**
     * One call for the histories of every assessment of the countries in the answer (country-service's batch
     * read), asked only once the caller may see them: a partner is refused before any service is called.
     */
    @Description("Every change to this assessment, newest first: who made it, when, and the assessment as it left "
            + "it. For admins and analysts; anyone else gets FORBIDDEN.")
    public @NonNull Uni<List<@NonNull AssessmentRevision>> history(@Source Assessment assessment) {
        access.requireHistoryReader();
        batch.register(List.of(assessment.countryCode()));
        return Downstream.call(COUNTRY, batch.forCountries("assessment-history", client::assessmentHistory), List.of())
                .map(byCountry -> byCountry.getOrDefault(assessment.countryCode(), List.<RevisionView<AssessmentView>>of())
                        .stream().filter(r -> r.state().reportYear() == assessment.reportYear())
                        .map(GraphMapper::toRevision).toList());
    }

    static List<String> codes(List<Country> countries) {
        return countries.stream().map(Country::code).distinct().toList();
    }

    private static Assessment first(List<AssessmentView> views) {
        return views == null || views.isEmpty() ? null : GraphMapper.toAssessment(views.get(0));
    }

    private static List<Assessment> all(Map<String, List<AssessmentView>> byCountry, String code) {
        return byCountry.getOrDefault(code, List.of()).stream().map(GraphMapper::toAssessment).toList();
    }

}
