package org.tipmonitor.country.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.country.mapping.AssessmentInput;
import org.tipmonitor.country.mapping.AssessmentView;
import org.tipmonitor.country.mapping.CountryInput;
import org.tipmonitor.country.mapping.CountryMapper;
import org.tipmonitor.country.mapping.CountryView;
import org.tipmonitor.country.mapping.StatuteView;
import org.tipmonitor.country.service.CountryReads;
import org.tipmonitor.country.service.CountryService;

@Path("/api/v1/countries")
@Tag(name = "countries")
public class CountryResource {

    static final String CODE = "[A-Z]{3}";
    static final String CODE_MESSAGE = "must be an ISO 3166-1 alpha-3 code, e.g. RUS";
    /** Taken as text so that an unknown tier is a 400 naming the field, not JAX-RS's 404. */
    static final String TIERS = "TIER_1|TIER_2|TIER_2_WATCH_LIST|TIER_3|SPECIAL_CASE";

    @Inject
    CountryService service;
    @Inject
    CountryMapper mapper;
    @Inject
    CountryReads reads;

    @GET
    @Operation(summary = "Countries, optionally only those on a tier in a report year (the latest report without a year)")
    public List<CountryView> list(
            @QueryParam("tier") @Pattern(regexp = TIERS, message = "must be one of " + TIERS) String tier,
            @QueryParam("year") @Min(2001) @Max(2100) Integer year) {
        return reads.countries(new CountryReads.CountriesQuery(tier == null ? null : Tier.valueOf(tier), year));
    }

    @GET
    @Path("{code}")
    public CountryView get(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return CountryView.of(service.country(code));
    }

    @POST
    @Operation(summary = "Add a country (admin)")
    public Response create(@NotNull @Valid CountryInput input) {
        CountryView created = CountryView.of(service.createCountry(input));
        return Response.created(URI.create("/api/v1/countries/" + created.code())).entity(created).build();
    }

    @GET
    @Path("{code}/assessments")
    @Operation(summary = "The tier history of a country, newest report first")
    public List<AssessmentView> history(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return service.history(code).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("{code}/assessments/{year}")
    public AssessmentView assessment(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @PathParam("year") @Min(2001) @Max(2100) int year) {
        return mapper.toView(service.assessment(code, year));
    }

    @POST
    @Path("{code}/assessments")
    @Operation(summary = "Record a report year's assessment with its figures and sources (admin)")
    public Response createAssessment(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotNull @Valid AssessmentInput input) {
        AssessmentView created = mapper.toView(service.create(code, input));
        return Response.created(URI.create("/api/v1/countries/" + code + "/assessments/" + created.reportYear()))
                .entity(created).build();
    }

    @PUT
    @Path("{code}/assessments/{year}")
    @Operation(summary = "Replace an assessment (admin); the body's version must be the current one")
    public AssessmentView updateAssessment(
            @PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @PathParam("year") @Min(2001) @Max(2100) int year,
            @NotNull @Valid AssessmentInput input) {
        return mapper.toView(service.update(code, year, input));
    }

    @GET
    @Path("{code}/statutes")
    @Operation(summary = "The articles of criminal law the reports discuss, with their penalties")
    public List<StatuteView> statutes(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return service.statutes(code).stream().map(mapper::toView).toList();
    }
}
