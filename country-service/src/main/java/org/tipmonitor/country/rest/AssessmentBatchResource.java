package org.tipmonitor.country.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.RevisionView;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.country.service.CountryHistory;

/** Batch reads, so that a client asking about many countries makes one call, not one per country. */
@Path("/api/v1/assessments")
@Tag(name = "assessments")
public class AssessmentBatchResource {

    @Inject
    CountryViews views;
    @Inject
    CountryHistory history;

    /** The codes are checked by Bean Validation, not QueryParameters.countries, so that a bad one is named by its index: country[1]. */
    @GET
    @Operation(summary = "Assessments of many countries by country code: the latest, a year's, or all (history=true)")
    public Map<String, List<AssessmentView>> byCountry(
            @QueryParam("country") @Size(max = QueryParameters.MAX_COUNTRIES) List<@CountryCode String> country,
            @QueryParam("year") @ReportYear Integer year,
            @QueryParam("history") @DefaultValue("false") boolean history) {
        return views.assessments(new CountryViews.AssessmentsQuery(List.copyOf(country), year, history));
    }

    @GET
    @Path("history")
    @Operation(summary = "The audit history of every assessment of many countries by country code, newest change first"
            + " (admins and analysts)")
    public Map<String, List<RevisionView<AssessmentView>>> historyByCountry(
            @QueryParam("country") @Size(max = QueryParameters.MAX_COUNTRIES) List<@CountryCode String> country) {
        return views.assessmentRevisions(history.assessmentsOf(List.copyOf(country)));
    }
}
