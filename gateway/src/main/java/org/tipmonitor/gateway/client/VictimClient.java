package org.tipmonitor.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.tipmonitor.gateway.observability.DownstreamTiming;
import org.tipmonitor.gateway.model.CaseDimension;
import org.tipmonitor.gateway.model.CaseStatistics;
import org.tipmonitor.gateway.model.ExploitationType;
import org.tipmonitor.gateway.model.RecruitmentPathway;
import org.tipmonitor.gateway.model.Statistic;

/** victim-service, called with the caller's credentials so that its disclosure control sees the caller's roles. */
@RegisterRestClient(configKey = "victim-service")
@Path("/api/v1")
@Timeout(2000)
@RegisterProvider(ProblemResponseMapper.class)
@RegisterProvider(DownstreamTiming.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
public interface VictimClient {

    @GET
    @Path("/statistics")
    Uni<Map<String, List<Statistic>>> statistics(@HeaderParam("Authorization") String authorization, @QueryParam("country") List<String> countries,
            @QueryParam("year") Integer year);

    @GET
    @Path("/pathways")
    Uni<List<RecruitmentPathway>> pathways(@HeaderParam("Authorization") String authorization, @QueryParam("origin") String origin,
            @QueryParam("destination") String destination, @QueryParam("exploitation") ExploitationType exploitation,
            @QueryParam("country") List<String> countries);

    @GET
    @Path("/case-statistics")
    Uni<CaseStatistics> caseStatistics(@HeaderParam("Authorization") String authorization, @QueryParam("groupBy") List<CaseDimension> groupBy,
            @QueryParam("yearFrom") Integer yearFrom, @QueryParam("yearTo") Integer yearTo,
            @QueryParam("citizenship") String citizenship,
            @QueryParam("countryOfExploitation") String countryOfExploitation);
}
