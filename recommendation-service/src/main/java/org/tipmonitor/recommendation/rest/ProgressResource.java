package org.tipmonitor.recommendation.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.recommendation.ProgressView;
import org.tipmonitor.api.recommendation.StaleView;
import org.tipmonitor.recommendation.mapping.RecommendationMapper;
import org.tipmonitor.recommendation.service.ProgressService;

@Path("/api/v1/progress")
@Tag(name = "progress")
public class ProgressResource {

    @Inject
    ProgressService service;
    @Inject
    RecommendationMapper mapper;

    @GET
    @Operation(summary = "Per country and report year: counts by current status, implementation rate, stale count")
    public List<ProgressView> progress(@Valid @BeanParam RecommendationQuery query) {
        return service.progress(query.toCriteria()).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("stale")
    @Operation(summary = "Recommendations without an update for `days` days (default tip.recommendations.stale-after-days), longest idle first")
    public List<StaleView> stale(@Valid @BeanParam RecommendationQuery query,
            @QueryParam("days") @Min(1) @Max(36500) Integer days) {
        Instant now = Instant.now();
        return service.stale(query.toCriteria(), days).stream().map(r -> mapper.toStaleView(r, now)).toList();
    }
}
