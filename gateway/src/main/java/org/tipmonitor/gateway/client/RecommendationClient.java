package org.tipmonitor.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.tipmonitor.gateway.observability.DownstreamTiming;
import org.tipmonitor.gateway.model.ImplementationStatus;
import org.tipmonitor.gateway.model.Recommendation;

/** recommendation-service, called with the caller's credentials; it records who wrote from them. */
@RegisterRestClient(configKey = "recommendation-service")
@Path("/api/v1/recommendations")
@Timeout(2000)
@RegisterProvider(ProblemResponseMapper.class)
@RegisterProvider(DownstreamTiming.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
public interface RecommendationClient {

    @GET
    Uni<List<Recommendation>> recommendations(@HeaderParam("Authorization") String authorization, @QueryParam("country") List<String> countries,
            @QueryParam("year") Integer year, @QueryParam("status") ImplementationStatus status);

    @POST
    @Path("/{id}/updates")
    Uni<Recommendation> recordUpdate(@HeaderParam("Authorization") String authorization, @PathParam("id") String id, UpdateRequest request);

    record UpdateRequest(ImplementationStatus status, String note, String evidenceUrl, int expectedVersion) {
    }
}
