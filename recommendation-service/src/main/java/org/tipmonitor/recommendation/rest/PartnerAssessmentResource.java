package org.tipmonitor.recommendation.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.recommendation.OrganizationView;
import org.tipmonitor.api.recommendation.PartnerAssessmentInput;
import org.tipmonitor.api.recommendation.PartnerAssessmentView;
import org.tipmonitor.api.recommendation.RecommendationId;
import org.tipmonitor.api.recommendation.ReviewInput;
import org.tipmonitor.api.vocabulary.ReviewState;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.recommendation.mapping.PartnerAssessmentMapper;
import org.tipmonitor.recommendation.model.AssessmentCriteria;
import org.tipmonitor.recommendation.model.AssessmentScope;
import org.tipmonitor.recommendation.model.PartnerAssessment;
import org.tipmonitor.recommendation.security.AccessRules;
import org.tipmonitor.recommendation.service.PartnerAssessmentService;

/**
 * Partner organizations' own assessments of implementation, and their review. Who sees and does what is
 * security.AccessRules' (seesEveryAssessment, readingOrganization, contributingOrganization, requireReviewer); this class only
 * passes its answers on.
 */
@Path("/api/v1/partner-assessments")
@Tag(name = "partner assessments")
public class PartnerAssessmentResource {

    /** An organization's alias as Keycloak allows it. */
    static final String ALIAS = "[A-Za-z0-9._-]{1,255}";
    static final int MAX_RECOMMENDATIONS = 500;

    @Inject
    PartnerAssessmentService service;
    @Inject
    PartnerAssessmentMapper mapper;
    @Inject
    AccessRules access;
    @Inject
    SecurityIdentity caller;

    @GET
    @Operation(summary = "Partner assessments the caller may see (published ones; its own organization's; all for"
            + " admins and analysts), by recommendation (repeatable), organization alias and review state, oldest first")
    public List<PartnerAssessmentView> list(
            @QueryParam("recommendation") @Size(max = MAX_RECOMMENDATIONS) List<@RecommendationId String> recommendations,
            @QueryParam("organization") @Pattern(regexp = ALIAS, message = "must be an organization's alias, e.g. freedom-network") String organization,
            @QueryParam("state") @Parameter(description = "DRAFT, SUBMITTED, PUBLISHED or RETURNED") String state) {
        var criteria = new AssessmentCriteria(recommendations, organization,
                QueryParameters.enumValue("state", state, ReviewState.class));
        return mapper.toViews(service.details(service.list(criteria, scope())), access.maySeeRecorders());
    }

    @GET
    @Path("{id}")
    public PartnerAssessmentView get(@PathParam("id") @Positive long id) {
        return view(service.get(id, scope()));
    }

    @POST
    @Operation(summary = "A new draft of the caller's organization (partners of exactly one organization): 201")
    public Response create(@NotNull @Valid PartnerAssessmentInput input) {
        PartnerAssessment created = service.create(input, access.contributingOrganization(), user());
        return Response.created(URI.create("/api/v1/partner-assessments/" + created.id)).entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit the organization's own DRAFT or RETURNED assessment; expectedVersion required, 409 when stale")
    public PartnerAssessmentView edit(@PathParam("id") @Positive long id, @NotNull @Valid PartnerAssessmentInput input) {
        return view(service.edit(id, input, access.contributingOrganization(), scope(), user()));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "The organization asks for review of its DRAFT or RETURNED assessment")
    public PartnerAssessmentView submit(@PathParam("id") @Positive long id, @NotNull @Valid ReviewInput input) {
        return view(service.submit(id, input, access.contributingOrganization(), scope(), user()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Admins: a SUBMITTED assessment becomes visible to every partner, and append-only")
    public PartnerAssessmentView publish(@PathParam("id") @Positive long id, @NotNull @Valid ReviewInput input) {
        access.requireReviewer();
        return view(service.publish(id, input, user()));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Admins: a SUBMITTED assessment goes back to its organization; reason required")
    public PartnerAssessmentView giveBack(@PathParam("id") @Positive long id, @NotNull @Valid ReviewInput input) {
        access.requireReviewer();
        return view(service.giveBack(id, input, user()));
    }

    @GET
    @Path("organization")
    @Operation(summary = "The caller's partner organization (id = alias, name); 404 when it belongs to none,"
            + " 403 when it belongs to several")
    public OrganizationView myOrganization() {
        List<String> aliases = access.organizations();
        if (aliases.isEmpty()) {
            throw new NotFoundException("You belong to no partner organization");
        }
        if (aliases.size() > 1) {
            throw new ForbiddenException("You belong to " + aliases.size() + " organizations " + aliases
                    + ": use an account of one organization alone");
        }
        return new OrganizationView(aliases.get(0), service.organizationName(aliases.get(0)));
    }

    private PartnerAssessmentView view(PartnerAssessment assessment) {
        return mapper.toView(service.details(assessment), access.maySeeRecorders());
    }

    /** What the caller sees, as security.AccessRules says. */
    private AssessmentScope scope() {
        return access.seesEveryAssessment() ? AssessmentScope.all() : AssessmentScope.publishedAnd(access.readingOrganization());
    }

    private String user() {
        return caller.getPrincipal().getName();
    }
}
