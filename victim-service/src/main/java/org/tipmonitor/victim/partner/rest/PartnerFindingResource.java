package org.tipmonitor.victim.partner.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.victim.PartnerFindingKind;
import org.tipmonitor.api.victim.PartnerFindingView;
import org.tipmonitor.api.victim.PartnerPathwayInput;
import org.tipmonitor.api.victim.PartnerStatisticInput;
import org.tipmonitor.api.victim.RecordId;
import org.tipmonitor.api.victim.ReturnInput;
import org.tipmonitor.api.victim.ReviewStepInput;
import org.tipmonitor.api.vocabulary.ReviewState;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.victim.partner.mapping.PartnerFindingMapper;
import org.tipmonitor.victim.partner.model.Finding;
import org.tipmonitor.victim.partner.service.PartnerFindingService;
import org.tipmonitor.victim.security.AccessRules;

/**
 * Statistics and recruitment pathways contributed by partner organizations, apart from the official ones
 * (/api/v1/statistics and /api/v1/pathways never include them). Who sees and changes what: AccessRules.
 */
@Path("/api/v1/partner-findings")
@Tag(name = "partner findings")
public class PartnerFindingResource {

    @Inject
    PartnerFindingService service;
    @Inject
    PartnerFindingMapper mapper;
    @Inject
    AccessRules access;
    @Inject
    SecurityIdentity caller;

    @GET
    @Operation(summary = "Partner findings the caller may see: published ones, every one of the caller's own "
            + "organization, every one for admins and analysts; filtered by organization (alias), state, kind and "
            + "country (repeatable: a statistic's country, a pathway's origin or destination); newest first, at most "
            + "limit (1 to " + PartnerFindingService.MAX_LIST + ", default " + PartnerFindingService.MAX_LIST + ")")
    public List<PartnerFindingView> list(
            @QueryParam("organization") @Size(max = 255) String organization,
            @QueryParam("state") String state,
            @QueryParam("kind") String kind,
            @QueryParam("country") List<String> countries,
            @QueryParam("limit") @DefaultValue("" + PartnerFindingService.MAX_LIST) @Min(1)
            @Max(PartnerFindingService.MAX_LIST) int limit) {
        boolean reviewers = access.seesReviewers();
        return service.list(organization,
                        QueryParameters.enumValue("state", state, ReviewState.class),
                        QueryParameters.enumValue("kind", kind, PartnerFindingKind.class),
                        QueryParameters.countries("country", countries), limit).stream()
                .map(f -> mapper.toView(f, reviewers)).toList();
    }

    @GET
    @Path("{id}")
    public PartnerFindingView one(@PathParam("id") @RecordId String id) {
        return view(service.get(id));
    }

    @POST
    @Path("statistics")
    @Operation(summary = "A member or system of a partner organization writes a new draft statistic for it (201)")
    public Response createStatistic(@NotNull @Valid PartnerStatisticInput input) {
        return created(service.createStatistic(input, user()));
    }

    @PUT
    @Path("statistics/{id}")
    @Operation(summary = "Its organization edits a draft or returned statistic; expectedVersion must be the current "
            + "version, else 409")
    public PartnerFindingView editStatistic(@PathParam("id") @RecordId String id,
            @NotNull @Valid PartnerStatisticInput input) {
        return view(service.editStatistic(id, input, user()));
    }

    @POST
    @Path("pathways")
    @Operation(summary = "A member or system of a partner organization writes a new draft pathway for it (201)")
    public Response createPathway(@NotNull @Valid PartnerPathwayInput input) {
        return created(service.createPathway(input, user()));
    }

    @PUT
    @Path("pathways/{id}")
    @Operation(summary = "Its organization edits a draft or returned pathway; expectedVersion must be the current "
            + "version, else 409")
    public PartnerFindingView editPathway(@PathParam("id") @RecordId String id,
            @NotNull @Valid PartnerPathwayInput input) {
        return view(service.editPathway(id, input, user()));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Its organization asks for review of a draft or returned finding")
    public PartnerFindingView submit(@PathParam("id") @RecordId String id, @NotNull @Valid ReviewStepInput input) {
        return view(service.submit(id, input.expectedVersion(), user()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Admins: a submitted finding becomes visible to every partner; published ones never change")
    public PartnerFindingView publish(@PathParam("id") @RecordId String id, @NotNull @Valid ReviewStepInput input) {
        return view(service.publish(id, input.expectedVersion(), user()));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Admins: a submitted finding goes back to its organization, with the reason")
    public PartnerFindingView returnToOrganization(@PathParam("id") @RecordId String id,
            @NotNull @Valid ReturnInput input) {
        return view(service.returnToOrganization(id, input.expectedVersion(), input.reason(), user()));
    }

    private Response created(Finding finding) {
        return Response.created(URI.create("/api/v1/partner-findings/" + finding.row().id)).entity(view(finding)).build();
    }

    private PartnerFindingView view(Finding finding) {
        return mapper.toView(finding, access.seesReviewers());
    }

    private String user() {
        return caller.getPrincipal().getName();
    }
}
