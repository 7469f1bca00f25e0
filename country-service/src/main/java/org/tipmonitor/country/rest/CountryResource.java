package org.tipmonitor.country.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.country.AssessmentInput;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.CountryInput;
import org.tipmonitor.api.country.CountryView;
import org.tipmonitor.api.country.RevisionView;
import org.tipmonitor.api.country.StatuteView;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.country.mapping.CountryMapper;
import org.tipmonitor.country.service.CountryHistory;
import org.tipmonitor.country.service.CountryService;

@Path("/api/v1/countries")
@Tag(name = "countries")
public class CountryResource {

    @Inject
    CountryService service;
    @Inject
    CountryViews views;
    @Inject
    CountryMapper mapper;
    @Inject
    CountryHistory history;

    /** The tier is taken as text so that an unknown tier is a 400 naming the field, not JAX-RS's 404. */
    @GET
    @Operation(summary = "Countries, optionally only those on a tier in a report year (the latest report without a year)")
    public List<CountryView> list(@QueryParam("tier") @Parameter(schema = @Schema(implementation = Tier.class)) String tier,
            @QueryParam("year") @ReportYear Integer year) {
        return views.countries(new CountryViews.CountriesQuery(QueryParameters.enumValue("tier", tier, Tier.class), year));
    }

    @GET
    @Path("{code}")
    public CountryView get(@PathParam("code") @CountryCode String code) {
        return views.country(new CountryViews.CountryQuery(code));
    }

    @POST
    @Operation(summary = "Add a country (admin)")
    public Response create(@NotNull @Valid CountryInput input) {
        CountryView created = mapper.toView(service.createCountry(input));
        return Response.created(URI.create("/api/v1/countries/" + created.code())).entity(created).build();
    }

    @GET
    @Path("{code}/history")
    @Operation(summary = "Every change to a country's record (name, region), newest first, with who made it and when"
            + " (admins and analysts)")
    public List<RevisionView<CountryView>> countryHistory(@PathParam("code") @CountryCode String code) {
        return views.countryRevisions(history.country(code));
    }

    @GET
    @Path("{code}/assessments")
    @Operation(summary = "The tier history of a country, newest report first")
    public List<AssessmentView> history(@PathParam("code") @CountryCode String code) {
        return views.assessments(service.history(code));
    }

    @GET
    @Path("{code}/assessments/{year}")
    public AssessmentView assessment(@PathParam("code") @CountryCode String code,
            @PathParam("year") @ReportYear int year) {
        return views.assessment(service.assessment(code, year));
    }

    @GET
    @Path("{code}/assessments/{year}/history")
    @Operation(summary = "Every change to an assessment, newest first: who made it, when, and the assessment as it left it"
            + " (admins and analysts)")
    public List<RevisionView<AssessmentView>> assessmentHistory(@PathParam("code") @CountryCode String code,
            @PathParam("year") @ReportYear int year) {
        return views.assessmentRevisions(history.assessment(code, year));
    }

    @POST
    @Path("{code}/assessments")
    @Operation(summary = "Record a report year's assessment with its figures and sources (admin)")
    public Response createAssessment(@PathParam("code") @CountryCode String code,
            @NotNull @Valid AssessmentInput input) {
        AssessmentView created = views.assessment(service.create(code, input));
        return Response.created(URI.create("/api/v1/countries/" + code + "/assessments/" + created.reportYear()))
                .entity(created).build();
    }

    @PUT
    @Path("{code}/assessments/{year}")
    @Operation(summary = "Replace an assessment (admin); the body's version must be the current one")
    public AssessmentView updateAssessment(@PathParam("code") @CountryCode String code,
            @PathParam("year") @ReportYear int year, @NotNull @Valid AssessmentInput input) {
        return views.assessment(service.update(code, year, input));
    }

    @GET
    @Path("{code}/statutes")
    @Operation(summary = "The articles of criminal law the reports discuss, with their penalties")
    public List<StatuteView> statutes(@PathParam("code") @CountryCode String code) {
        return views.statutes(service.statutes(code));
    }

    @GET
    @Path("{code}/statutes/history")
    @Operation(summary = "Every change to a country's statutes, newest first, with who made it and when (admins and analysts)")
    public List<RevisionView<StatuteView>> statuteHistory(@PathParam("code") @CountryCode String code) {
        return views.statuteRevisions(history.statutes(code));
    }
}
