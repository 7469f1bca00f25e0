package org.tipmonitor.gateway.client;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.tipmonitor.api.recommendation.OrganizationView;
import org.tipmonitor.api.recommendation.PartnerAssessmentInput;
import org.tipmonitor.api.recommendation.PartnerAssessmentView;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.recommendation.ReviewInput;

/**
 * recommendation-service's partner assessments, called with the caller's credentials: the service decides
 * from the caller's token which organization it writes for and which assessments it sees.
 */
@RegisterRestClient(configKey = "recommendation-service")
@Path("/api/v1")
@RegisterClientHeaders(CallerAuthorization.class)
@ApplyGuard(DownstreamGuards.RECOMMENDATION)
public interface PartnerAssessmentClient {

    @GET
    @Path("/partner-assessments")
    Uni<List<PartnerAssessmentView>> assessments(@QueryParam("recommendation") List<String> recommendations,
            @QueryParam("organization") String organization, @QueryParam("state") String state);

    @GET
    @Path("/partner-assessments/organization")
    Uni<OrganizationView> myOrganization();

    /** The recommendation an assessment is about. */
    @GET
    @Path("/recommendations/{id}")
    Uni<RecommendationView> recommendation(@PathParam("id") String id);

    // Writes are guarded as writes: their own timeout and breaker, never retried (DownstreamGuards).

    @POST
    @Path("/partner-assessments")
    @ApplyGuard(DownstreamGuards.RECOMMENDATION_WRITES)
    Uni<PartnerAssessmentView> create(PartnerAssessmentInput input);

    @PUT
    @Path("/partner-assessments/{id}")
    @ApplyGuard(DownstreamGuards.RECOMMENDATION_WRITES)
    Uni<PartnerAssessmentView> edit(@PathParam("id") long id, PartnerAssessmentInput input);

    /** {@code step}: submit, publish or return. */
    @POST
    @Path("/partner-assessments/{id}/{step}")
    @ApplyGuard(DownstreamGuards.RECOMMENDATION_WRITES)
    Uni<PartnerAssessmentView> review(@PathParam("id") long id, @PathParam("step") String step, ReviewInput input);
}
