package org.tipmonitor.gateway.graph;

import static org.tipmonitor.gateway.client.DownstreamGuards.RECOMMENDATION;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tipmonitor.api.recommendation.ImplementationUpdateInput;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.api.validation.RequestId;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.gateway.client.RecommendationClient;
import org.tipmonitor.gateway.error.GraphErrors;
import org.tipmonitor.gateway.mapping.GraphMapper;
import org.tipmonitor.gateway.model.Country;
import org.tipmonitor.gateway.model.ImplementationUpdateArguments;
import org.tipmonitor.gateway.model.Recommendation;
import org.tipmonitor.gateway.security.AccessRules;

/** Recommendations and their implementation record, from recommendation-service. */
@GraphQLApi
public class RecommendationGraph {

    @Inject
    @RestClient
    RecommendationClient client;
    @Inject
    CountryDirectory directory;
    @Inject
    AccessRules access;
    @Inject
    RequestBatch batch;

    @Query
    @Description("Recommendations made to governments, optionally only one country's, one report year's or those "
            + "with one status.")
    public @NonNull Uni<List<@NonNull Recommendation>> recommendations(
            @Description("Only recommendations to this country (ISO 3166-1 alpha-3).") @Id String country,
            @Description("Only recommendations of this report year.") Integer year,
            @Description("Only recommendations with this status now.") ImplementationStatus status) {
        access.requireReader();
        List<String> countries = country == null ? null : List.of(Arguments.countryCode("country", country));
        return Downstream.call(RECOMMENDATION, client.recommendations(countries, Arguments.year("year", year), status)
                .map(this::toGraph), List.of());
    }

    @Mutation
    @Description("Admins only. Fails when expectedVersion is not the recommendation's current version.")
    // Writes go through their own guard (a longer timeout, never retried): see RecommendationClient.recordUpdate.
    public @NonNull Uni<Recommendation> recordImplementationUpdate(
            @Description("The update, with the version of the recommendation you read.") @NonNull ImplementationUpdateArguments input) {
        access.requireAdmin();
        if (input.note().isBlank()) {
            throw new GraphErrors.BadUserInput("input.note must not be blank");
        }
        if (input.expectedVersion() < 0) {
            throw new GraphErrors.BadUserInput("input.expectedVersion must not be negative");
        }
        if (input.requestId() != null && !Checks.isRequestId(input.requestId())) {
            throw new GraphErrors.BadUserInput("input.requestId " + RequestId.MESSAGE);
        }
        var update = new ImplementationUpdateInput(input.status(), input.note(), input.evidenceUrl(), input.expectedVersion(),
                input.requestId());
        return Downstream.write(RECOMMENDATION, client.recordUpdate(input.recommendationId(), update)
                .map(r -> GraphMapper.toRecommendation(r, access.seesRecorder())));
    }

    @Description("Recommendations made to this country's government.")
    public @NonNull Uni<List<@NonNull Recommendation>> recommendations(
            @Source Country country,
            @Description("Only recommendations of this report year.") Integer year,
            @Description("Only recommendations with this status now.") ImplementationStatus status) {
        Integer reportYear = Arguments.year("year", year);
        // Grouped by country once per call, not filtered anew for each country of the answer.
        return Downstream.call(RECOMMENDATION, batch.forCountries("recommendations:" + reportYear + ":" + status,
                codes -> client.recommendations(codes, reportYear, status).map(this::byCountry)), List.of())
                .map(byCountry -> byCountry.getOrDefault(country.code(), List.of()));
    }

    private Map<String, List<Recommendation>> byCountry(List<RecommendationView> recommendations) {
        Map<String, List<Recommendation>> byCountry = new HashMap<>();
        for (Recommendation r : toGraph(recommendations)) {
            byCountry.computeIfAbsent(r.countryCode(), c -> new ArrayList<>()).add(r);
        }
        return byCountry;
    }

    @Description("The country whose government the recommendation is made to.")
    public @NonNull Uni<Country> country(@Source Recommendation recommendation) {
        return directory.resolve(recommendation.countryCode());
    }

    /** Partners do not see who recorded an update (the service hides it too; this keeps the graph honest). */
    private List<Recommendation> toGraph(List<RecommendationView> recommendations) {
        boolean showRecorders = access.seesRecorder();
        return recommendations.stream().map(r -> GraphMapper.toRecommendation(r, showRecorders)).toList();
    }
}
