package org.tipmonitor.victim.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.victim.mapping.PathwayView;
import org.tipmonitor.victim.mapping.VictimMapper;
import org.tipmonitor.victim.service.PublishedDataService;

@Path("/api/v1/pathways")
@Tag(name = "recruitment pathways")
public class PathwayResource {

    @Inject
    PublishedDataService service;
    @Inject
    VictimMapper mapper;

    @GET
    @Operation(summary = "Recruitment pathways matching every filter given; country (repeatable) matches the "
            + "origin or the destination, so one call serves many countries. Pathways with an end known only "
            + "as a region are left out unless regional=true")
    public List<PathwayView> list(
            @QueryParam("origin") @Pattern(regexp = Codes.COUNTRY, message = Codes.COUNTRY_MESSAGE) String origin,
            @QueryParam("destination") @Pattern(regexp = Codes.COUNTRY, message = Codes.COUNTRY_MESSAGE)
            String destination,
            @QueryParam("exploitation") String exploitation,
            @QueryParam("country") List<String> countries,
            @QueryParam("regional") @DefaultValue("false") boolean regional) {
        return service.pathways(origin, destination,
                        Codes.enumValue("exploitation", exploitation, ExploitationType.class),
                        Codes.countries("country", countries), regional).stream()
                .map(mapper::toView).toList();
    }

    @GET
    @Path("{id}")
    public PathwayView one(@PathParam("id") @Pattern(regexp = Codes.ID) String id) {
        return mapper.toView(service.pathway(id));
    }
}
