package org.tipmonitor.victim.published.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.validation.DataYear;
import org.tipmonitor.api.victim.RecordId;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.victim.published.service.PublishedDataService;

@Path("/api/v1/statistics")
@Tag(name = "statistics")
public class StatisticResource {

    @Inject
    PublishedDataService service;
    @Inject
    PublishedViews views;

    @GET
    @Operation(summary = "Published statistics by country code, for many countries in one call (all countries "
            + "without country); with year, only figures whose period covers that calendar year")
    public Map<String, List<StatisticView>> byCountry(
            @QueryParam("country") List<String> countries,
            @QueryParam("year") @DataYear Integer year) {
        return views.statistics(new PublishedViews.StatisticsQuery(QueryParameters.countries("country", countries), year));
    }

    @GET
    @Path("{id}")
    public StatisticView one(@PathParam("id") @RecordId String id) {
        return views.statistic(service.statistic(id));
    }
}
