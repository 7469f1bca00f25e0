package org.tipmonitor.gateway.graph;

import static org.tipmonitor.gateway.client.DownstreamGuards.RECOMMENDATION;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tipmonitor.api.recommendation.PartnerAssessmentInput;
import org.tipmonitor.api.recommendation.PartnerAssessmentView;
import org.tipmonitor.api.recommendation.RecommendationId;
import org.tipmonitor.api.recommendation.ReviewInput;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.api.vocabulary.ReviewState;
import org.tipmonitor.gateway.client.PartnerAssessmentClient;
import org.tipmonitor.gateway.error.GraphErrors;
import org.tipmonitor.gateway.mapping.GraphMapper;
import org.tipmonitor.gateway.mapping.PartnerAssessmentGraphMapper;
import org.tipmonitor.gateway.model.Organization;
import org.tipmonitor.gateway.model.PartnerAssessment;
import org.tipmonitor.gateway.model.PartnerAssessmentArguments;
import org.tipmonitor.gateway.model.Recommendation;
import org.tipmonitor.gateway.security.AccessRules;

/**
 * Partner organizations and their assessments of implementation, from recommendation-service. The service
 * decides from the caller's token which organization it is and which assessments it sees (drafts only
 * of its own organization); the graph passes the caller's credentials on and gives errors their codes.
 */
@GraphQLApi
public class PartnerAssessmentGraph {

    /** The most recommendations one call to the service names (its own bound). */
    static final int RECOMMENDATIONS_PER_CALL = 500;

    @Inject
    @RestClient
    PartnerAssessmentClient client;
    @Inject
    AccessRules access;
    @Inject
    RequestBatch batch;

    @Query
    @Description("The caller's partner organization; null for callers who belong to none.")
    public Uni<Organization> myOrganization() {
        access.requireReader();
        return Downstream.orNull(RECOMMENDATION, client.myOrganization()).map(PartnerAssessmentGraphMapper::toOrganization);
    }

    @Query
    @Description("Published partner assessments; also the caller's own organization's unpublished ones, and every one for admins and analysts.")
    public @NonNull Uni<List<@NonNull PartnerAssessment>> partnerAssessments(
            @Description("Only assessments of this recommendation.") @Id String recommendationId,
            @Description("Only this organization's assessments (its id).") @Id String organization,
            @Description("Only assessments in this review state.") ReviewState state) {
        access.requireReader();
        List<String> recommendations = recommendationId == null ? null : List.of(recommendation("recommendationId", recommendationId));
        if (organization != null && !organization.matches("[A-Za-z0-9._-]{1,255}")) {
            throw new GraphErrors.BadUserInput("organization must be an organization's id (its alias), e.g. freedom-network, not '"
                    + Checks.excerpt(organization) + "'");
        }
        return Downstream.call(RECOMMENDATION, client.assessments(recommendations, organization,
                state == null ? null : state.name()), List.of()).map(PartnerAssessmentGraph::toGraph);
    }

    /** Every recommendation of the answer asks in one call (per 500), not one call each. */
    @Description("Partner organizations' own views of its implementation, as partnerAssessments shows them to the caller.")
    public @NonNull Uni<List<@NonNull List<@NonNull PartnerAssessment>>> partnerAssessments(
            @Source List<Recommendation> recommendations) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(recommendations.stream().map(Recommendation::id).toList()));
        List<Uni<List<PartnerAssessmentView>>> calls = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += RECOMMENDATIONS_PER_CALL) {
            calls.add(client.assessments(ids.subList(from, Math.min(ids.size(), from + RECOMMENDATIONS_PER_CALL)), null, null));
        }
        Uni<List<PartnerAssessmentView>> all = calls.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(calls).andFailFast().map(lists -> lists.stream().flatMap(List::stream).toList());
        return Downstream.call(RECOMMENDATION, all, null).map(views -> {
            Map<String, List<PartnerAssessment>> byRecommendation = toGraph(views).stream()
                    .collect(Collectors.groupingBy(PartnerAssessment::recommendationId));
            return recommendations.stream().map(r -> byRecommendation.getOrDefault(r.id(), List.of())).toList();
        });
    }

    /** The recommendation an assessment is about, asked once per recommendation and request. */
    @Description("The recommendation assessed.")
    public @NonNull Uni<Recommendation> recommendation(@Source PartnerAssessment assessment) {
        boolean showRecorders = access.seesRecorder();
        return Downstream.call(RECOMMENDATION, batch.once("recommendation:" + assessment.recommendationId(),
                () -> client.recommendation(assessment.recommendationId())), null)
                .map(r -> GraphMapper.toRecommendation(r, showRecorders));
    }

    @Mutation
    @Description("Members and systems of a partner organization: a new draft of their organization (id left out), or an edit of its draft or returned assessment.")
    public @NonNull Uni<PartnerAssessment> savePartnerAssessment(
            @Description("The assessment to edit; left out for a new draft.") @Id String id,
            @Description("The version you read; required for an edit, fails with CONFLICT if it changed since.") Integer expectedVersion,
            @Description("The assessment's content.") @NonNull PartnerAssessmentArguments input) {
        access.requireReader();
        recommendation("input.recommendationId", input.recommendationId());
        if (expectedVersion != null && expectedVersion < 0) {
            throw new GraphErrors.BadUserInput("expectedVersion must not be negative");
        }
        var body = new PartnerAssessmentInput(input.recommendationId(), input.status(), input.note(),
                input.evidenceUrls(), input.asOf(), expectedVersion);
        if (id == null) {
            return write(client.create(body));
        }
        if (expectedVersion == null) {
            throw new GraphErrors.BadUserInput("expectedVersion is required to edit an assessment (the version you read)");
        }
        return write(client.edit(assessmentId(id), body));
    }

    @Mutation
    @Description("The organization asks for review of its draft or returned assessment.")
    public @NonNull Uni<PartnerAssessment> submitPartnerAssessment(
            @Description("The assessment.") @NonNull @Id String id,
            @Description("The version you read; fails with CONFLICT if it changed since.") int expectedVersion) {
        access.requireReader();
        return write(client.review(assessmentId(id), "submit", new ReviewInput(version(expectedVersion), null)));
    }

    @Mutation
    @Description("Admins only: a submitted assessment becomes visible to every partner.")
    public @NonNull Uni<PartnerAssessment> publishPartnerAssessment(
            @Description("The assessment.") @NonNull @Id String id,
            @Description("The version you read; fails with CONFLICT if it changed since.") int expectedVersion) {
        access.requireReviewer();
        return write(client.review(assessmentId(id), "publish", new ReviewInput(version(expectedVersion), null)));
    }

    @Mutation
    @Description("Admins only: a submitted assessment goes back to its organization with a reason.")
    public @NonNull Uni<PartnerAssessment> returnPartnerAssessment(
            @Description("The assessment.") @NonNull @Id String id,
            @Description("The version you read; fails with CONFLICT if it changed since.") int expectedVersion,
            @Description("Why it goes back, for its organization to read.") @NonNull String reason) {
        access.requireReviewer();
        if (reason.isBlank()) {
            throw new GraphErrors.BadUserInput("reason must say why the assessment is returned");
        }
        return write(client.review(assessmentId(id), "return", new ReviewInput(version(expectedVersion), reason)));
    }

    private static Uni<PartnerAssessment> write(Uni<PartnerAssessmentView> call) {
        // Not retried, and no requestId here: a write that timed out is found again by reading the assessments.
        return Downstream.call(RECOMMENDATION, call, null).map(PartnerAssessmentGraphMapper::toAssessment);
    }

    private static List<PartnerAssessment> toGraph(List<PartnerAssessmentView> views) {
        return views.stream().map(PartnerAssessmentGraphMapper::toAssessment).toList();
    }

    private static String recommendation(String name, String id) {
        if (!id.matches(RecommendationId.PATTERN)) {
            throw new GraphErrors.BadUserInput(name + " must be a recommendation id, e.g. RUS-2025-03, not '"
                    + Checks.excerpt(id) + "'");
        }
        return id;
    }

    private static long assessmentId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new GraphErrors.BadUserInput("id must be a partner assessment's id (a positive number), not '"
                + Checks.excerpt(id) + "'");
    }

    private static int version(int expectedVersion) {
        if (expectedVersion < 0) {
            throw new GraphErrors.BadUserInput("expectedVersion must not be negative");
        }
        return expectedVersion;
    }

}
