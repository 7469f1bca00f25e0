package org.tipmonitor.gateway.client;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.api.victim.CaseStatisticsView;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.api.vocabulary.ExploitationType;

/** victim-service, called with the caller's credentials so that its disclosure control sees the caller's roles. */
@RegisterRestClient(configKey = "victim-service")
@Path("/api/v1")
@RegisterClientHeaders(CallerAuthorization.class)
@ApplyGuard(DownstreamGuards.VICTIM)
public interface VictimClient {

    @GET
    @Path("/statistics")
    Uni<Map<String, List<StatisticView>>> statistics(@QueryParam("country") List<String> countries,
            @QueryParam("year") Integer year);

    @GET
    @Path("/pathways")
    Uni<List<PathwayView>> pathways(@QueryParam("origin") String origin,
            @QueryParam("destination") String destination, @QueryParam("exploitation") ExploitationType exploitation,
            @QueryParam("country") List<String> countries);

    @GET
    @Path("/case-statistics")
    @ApplyGuard(DownstreamGuards.VICTIM_CASES)
    Uni<CaseStatisticsView> caseStatistics(@QueryParam("groupBy") List<CaseDimension> groupBy,
            @QueryParam("yearFrom") Integer yearFrom, @QueryParam("yearTo") Integer yearTo,
            @QueryParam("citizenship") String citizenship,
            @QueryParam("countryOfExploitation") String countryOfExploitation);
}
