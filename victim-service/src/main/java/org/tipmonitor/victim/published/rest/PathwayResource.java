package org.tipmonitor.victim.published.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.RecordId;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.victim.published.service.PublishedDataService;

@Path("/api/v1/pathways")
@Tag(name = "recruitment pathways")
public class PathwayResource {

    @Inject
    PublishedDataService service;
    @Inject
    PublishedViews views;

    @GET
    @Operation(summary = "Recruitment pathways matching every filter given; country (repeatable) matches the "
            + "origin or the destination, so one call serves many countries. Pathways with an end known only "
            + "as a region are left out unless regional=true")
    public List<PathwayView> list(
            @QueryParam("origin") @CountryCode String origin,
            @QueryParam("destination") @CountryCode String destination,
            @QueryParam("exploitation") String exploitation,
            @QueryParam("country") List<String> countries,
            @QueryParam("regional") @DefaultValue("false") boolean regional) {
        return views.pathways(new PublishedViews.PathwaysQuery(origin, destination,
                QueryParameters.enumValue("exploitation", exploitation, ExploitationType.class),
                QueryParameters.countries("country", countries), regional));
    }

    @GET
    @Path("{id}")
    public PathwayView one(@PathParam("id") @RecordId String id) {
        return views.pathway(service.pathway(id));
    }
}
