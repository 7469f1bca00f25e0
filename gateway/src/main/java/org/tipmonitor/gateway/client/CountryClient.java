package org.tipmonitor.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.tipmonitor.gateway.observability.DownstreamTiming;
import org.tipmonitor.gateway.model.Country;
import org.tipmonitor.gateway.model.Tier;

/** country-service, called with the caller's credentials (see ServiceCredentials); slow or failing calls trip a breaker. */
@RegisterRestClient(configKey = "country-service")
@Path("/api/v1")
@Timeout(2000)
@RegisterProvider(ProblemResponseMapper.class)
@RegisterProvider(DownstreamTiming.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
public interface CountryClient {

    @GET
    @Path("/countries")
    Uni<List<Country>> countries(@HeaderParam("Authorization") String authorization, @QueryParam("tier") Tier tier, @QueryParam("year") Integer year);

    @GET
    @Path("/countries/{code}")
    Uni<Country> country(@HeaderParam("Authorization") String authorization, @PathParam("code") String code);

    @GET
    @Path("/assessments")
    Uni<Map<String, List<AssessmentView>>> assessments(@HeaderParam("Authorization") String authorization, @QueryParam("country") List<String> countries,
            @QueryParam("year") Integer year, @QueryParam("history") boolean history);

    @GET
    @Path("/tier-counts/{year}")
    Uni<TierCountView> tierCount(@HeaderParam("Authorization") String authorization, @PathParam("year") int year);
}
