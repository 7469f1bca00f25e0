package org.tipmonitor.country.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.country.RevisionView;
import org.tipmonitor.api.country.TierCountView;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.country.service.CountryHistory;
import org.tipmonitor.country.service.CountryService;

@Path("/api/v1/tier-counts")
@Tag(name = "tier counts")
public class TierCountResource {

    @Inject
    CountryService service;
    @Inject
    CountryViews views;
    @Inject
    CountryHistory history;

    @GET
    public List<TierCountView> all() {
        return views.tierCounts(service.tierCounts());
    }

    @GET
    @Path("{year}")
    @Operation(summary = "How many countries the report of a year placed on each tier, as published")
    public TierCountView ofYear(@PathParam("year") @ReportYear int year) {
        return views.tierCount(service.tierCount(year));
    }

    @GET
    @Path("{year}/history")
    @Operation(summary = "Every change to a report's tier counts, newest first, with who made it and when (admins and analysts)")
    public List<RevisionView<TierCountView>> history(@PathParam("year") @ReportYear int year) {
        return views.tierCountRevisions(history.tierCount(year));
    }
}
