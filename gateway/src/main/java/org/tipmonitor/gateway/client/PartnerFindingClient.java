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
import org.tipmonitor.api.victim.PartnerFindingKind;
import org.tipmonitor.api.victim.PartnerFindingView;
import org.tipmonitor.api.victim.PartnerPathwayInput;
import org.tipmonitor.api.victim.PartnerStatisticInput;
import org.tipmonitor.api.victim.ReturnInput;
import org.tipmonitor.api.victim.ReviewStepInput;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * victim-service's partner findings, called with the caller's credentials: the service decides who sees and
 * changes which (its AccessRules) from the caller's own token and organization.
 */
@RegisterRestClient(configKey = "victim-service")
@Path("/api/v1/partner-findings")
@RegisterClientHeaders(CallerAuthorization.class)
@ApplyGuard(DownstreamGuards.VICTIM)
public interface PartnerFindingClient {

    @GET
    Uni<List<PartnerFindingView>> list(@QueryParam("organization") String organization,
            @QueryParam("state") ReviewState state, @QueryParam("kind") PartnerFindingKind kind,
            @QueryParam("country") List<String> countries, @QueryParam("limit") int limit);

    @POST
    @Path("/statistics")
    @ApplyGuard(DownstreamGuards.VICTIM_WRITES)
    Uni<PartnerFindingView> createStatistic(PartnerStatisticInput input);

    @PUT
    @Path("/statistics/{id}")
    @ApplyGuard(DownstreamGuards.VICTIM_WRITES)
    Uni<PartnerFindingView> editStatistic(@PathParam("id") String id, PartnerStatisticInput input);

    @POST
    @Path("/pathways")
    @ApplyGuard(DownstreamGuards.VICTIM_WRITES)
    Uni<PartnerFindingView> createPathway(PartnerPathwayInput input);

    @PUT
    @Path("/pathways/{id}")
    @ApplyGuard(DownstreamGuards.VICTIM_WRITES)
    Uni<PartnerFindingView> editPathway(@PathParam("id") String id, PartnerPathwayInput input);

    @POST
    @Path("/{id}/submit")
    @ApplyGuard(DownstreamGuards.VICTIM_WRITES)
    Uni<PartnerFindingView> submit(@PathParam("id") String id, ReviewStepInput input);

    @POST
    @Path("/{id}/publish")
    @ApplyGuard(DownstreamGuards.VICTIM_WRITES)
    Uni<PartnerFindingView> publish(@PathParam("id") String id, ReviewStepInput input);

    @POST
    @Path("/{id}/return")
    @ApplyGuard(DownstreamGuards.VICTIM_WRITES)
    Uni<PartnerFindingView> returnToOrganization(@PathParam("id") String id, ReturnInput input);
}
