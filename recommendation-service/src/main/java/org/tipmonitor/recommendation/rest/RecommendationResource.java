package org.tipmonitor.recommendation.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.recommendation.DroppedView;
import org.tipmonitor.api.recommendation.ImplementationUpdateInput;
import org.tipmonitor.api.recommendation.ImplementationUpdateView;
import org.tipmonitor.api.recommendation.LineageView;
import org.tipmonitor.api.recommendation.RecommendationId;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.recommendation.mapping.RecommendationCsv;
import org.tipmonitor.recommendation.mapping.RecommendationMapper;
import org.tipmonitor.recommendation.model.RecordedUpdate;
import org.tipmonitor.recommendation.security.AccessRules;
import org.tipmonitor.recommendation.service.ImplementationService;
import org.tipmonitor.recommendation.service.RecommendationService;

@Path("/api/v1/recommendations")
@Tag(name = "recommendations")
public class RecommendationResource {

    @Inject
    RecommendationService service;
    @Inject
    ImplementationService implementation;
    @Inject
    RecommendationMapper mapper;
    @Inject
    RecommendationViews views;
    @Inject
    RecommendationCsv csv;
    @Inject
    AccessRules access;
    @Inject
    SecurityIdentity caller;

    @GET
    @Operation(summary = "Recommendations, filtered by country (repeatable), report year, current status and pillar")
    public List<RecommendationView> list(@Valid @BeanParam RecommendationQuery query) {
        return views.list(new RecommendationViews.ListQuery(query.toCriteria(), access.maySeeRecorders()));
    }

    @GET
    @Path("export.csv")
    @Produces(RecommendationCsv.MEDIA_TYPE)
    @Operation(summary = "The list as CSV, with the same filters, one row per recommendation with its current status")
    public Response export(@Valid @BeanParam RecommendationQuery query) {
        return Response.ok(csv.write(service.list(query.toCriteria())))
                .header("Content-Disposition", "attachment; filename=\"recommendations.csv\"").build();
    }

    @GET
    @Path("{id}")
    public RecommendationView get(@PathParam("id") @RecommendationId String id) {
        return mapper.toView(service.details(service.get(id)), access.maySeeRecorders());
    }

    @GET
    @Path("{id}/lineage")
    @Operation(summary = "Every form of the recommendation across the issuer's reports, newest first, with wording changes")
    public LineageView lineage(@PathParam("id") @RecommendationId String id) {
        return mapper.toView(service.lineage(id), access.maySeeRecorders());
    }

    @GET
    @Path("dropped")
    @Operation(summary = "Recommendations the issuer's next report no longer made; year = the report that dropped them")
    public List<DroppedView> dropped(
            @QueryParam("country") @Size(max = QueryParameters.MAX_COUNTRIES) List<@CountryCode String> countries,
            @QueryParam("year") @ReportYear Integer year) {
        return mapper.toDroppedViews(service.dropped(countries == null ? List.of() : countries, year),
                access.maySeeRecorders());
    }

    /**
     * Transactional so that the answer shows exactly the state this write produced, not a later one. A
     * replay (same requestId, same write) answers as the first write did: 201, the same Location, and
     * the recommendation as that update left it, marked with {@code Idempotent-Replayed: true}.
     */
    @POST
    @Path("{id}/updates")
    @Transactional
    @Operation(summary = "Record an implementation update (admin); expectedVersion must be the current version, else 409;"
            + " a retry with the same requestId answers the first write's result, the key with another write is 422")
    public Response record(@PathParam("id") @RecommendationId String id, @NotNull @Valid ImplementationUpdateInput input) {
        RecordedUpdate recorded = implementation.record(id, input, caller.getPrincipal().getName());
        RecommendationView now = mapper.toView(service.details(recorded.recommendation()), access.maySeeRecorders());
        RecommendationView answer = recorded.replayed() ? mapper.asOf(now, recorded.update().version) : now;
        Response.ResponseBuilder created = Response.created(
                URI.create("/api/v1/recommendations/" + id + "/updates/" + recorded.update().version)).entity(answer);
        return recorded.replayed() ? created.header(REPLAYED, "true").build() : created.build();
    }

    /** Says that an answer is the stored result of an earlier request with the same idempotency key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    @GET
    @Path("{id}/updates/{version}")
    public ImplementationUpdateView update(@PathParam("id") @RecommendationId String id,
            @PathParam("version") @Positive int version) {
        return mapper.toView(implementation.update(id, version), access.maySeeRecorders());
    }
}
