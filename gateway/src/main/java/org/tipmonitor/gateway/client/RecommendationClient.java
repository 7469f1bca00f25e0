package org.tipmonitor.gateway.client;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.tipmonitor.api.recommendation.ImplementationUpdateInput;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/** recommendation-service, called with the caller's credentials; it records who wrote from them. */
@RegisterRestClient(configKey = "recommendation-service")
@Path("/api/v1/recommendations")
@RegisterClientHeaders(CallerAuthorization.class)
@ApplyGuard(DownstreamGuards.RECOMMENDATION)
public interface RecommendationClient {

    @GET
    Uni<List<RecommendationView>> recommendations(@QueryParam("country") List<String> countries,
            @QueryParam("year") Integer year, @QueryParam("status") ImplementationStatus status);

    /** Guarded as a write: its own, longer timeout and breaker, and never retried (DownstreamGuards). */
    @POST
    @Path("/{id}/updates")
    @ApplyGuard(DownstreamGuards.RECOMMENDATION_WRITES)
    Uni<RecommendationView> recordUpdate(@PathParam("id") String id, ImplementationUpdateInput update);

}
