package org.tipmonitor.country.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.country.mapping.CountryMapper;
import org.tipmonitor.country.mapping.TierCountView;
import org.tipmonitor.country.service.CountryService;

@Path("/api/v1/tier-counts")
@Tag(name = "tier counts")
public class TierCountResource {

    @Inject
    CountryService service;
    @Inject
    CountryMapper mapper;

    @GET
    public List<TierCountView> all() {
        return service.tierCounts().stream().map(mapper::toView).toList();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "How many countries the report of a year placed on each tier, as published")
    public TierCountView ofYear(@PathParam("year") @Min(2001) @Max(2100) int year) {
        return mapper.toView(service.tierCount(year));
    }
}
