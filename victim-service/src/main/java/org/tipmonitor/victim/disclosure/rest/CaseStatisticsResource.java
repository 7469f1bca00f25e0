package org.tipmonitor.victim.disclosure.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.DataYear;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.api.victim.CaseStatisticsView;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.commons.problem.Problem;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.victim.disclosure.mapping.CaseStatisticsMapper;
import org.tipmonitor.victim.disclosure.model.CaseFilter;
import org.tipmonitor.victim.disclosure.service.BudgetSpent;
import org.tipmonitor.victim.disclosure.service.CaseStatisticsService;
import org.tipmonitor.victim.disclosure.service.PartnerQueryService;
import org.tipmonitor.victim.security.AccessRules;

@Path("/api/v1/case-statistics")
@Tag(name = "case statistics")
public class CaseStatisticsResource {

    @Inject
    CaseStatisticsService service;
    @Inject
    CaseStatisticsMapper mapper;
    @Inject
    AccessRules access;
    @Inject
    PartnerQueryService queries;

    @GET
    @Operation(summary = "Case counts grouped by any of YEAR, CITIZENSHIP, COUNTRY_OF_EXPLOITATION, GENDER, "
            + "AGE_BROAD, EXPLOITATION_TYPE (groupBy repeatable), filtered; for callers without the analyst or "
            + "admin role (partners), cells below the threshold are hidden, with complementary suppression, shown "
            + "cells and the total are perturbed by the cell-key method, only one whole year may be filtered, and "
            + "each query is logged and charged to a daily budget (429 with Retry-After when spent)")
    public CaseStatisticsView aggregate(
            @QueryParam("groupBy") List<String> groupBy,
            @QueryParam("yearFrom") @DataYear Integer yearFrom,
            @QueryParam("yearTo") @DataYear Integer yearTo,
            @QueryParam("citizenship") @CountryCode String citizenship,
            @QueryParam("countryOfExploitation") @CountryCode String countryOfExploitation) {
        // A blank groupBy names no dimension, as a blank query parameter names nothing anywhere.
        List<CaseDimension> dims = groupBy.stream()
                .map(d -> QueryParameters.enumValue("groupBy", d, CaseDimension.class))
                .filter(Objects::nonNull).toList();
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new InvalidInputException("yearTo", "must not be before yearFrom");
        }
        CaseFilter filter = new CaseFilter(yearFrom, yearTo, citizenship, countryOfExploitation);
        boolean exact = access.seesExactCaseCounts();
        if (!exact) {
            // A refused shape changes nothing (not logged, not charged); every other partner query is both.
            service.checkPartnerFilter(filter);
            queries.charge(access.partner(), dims, filter);
        }
        return mapper.toView(service.aggregate(dims, filter, exact));
    }

    /** 429 with Retry-After (seconds to the next UTC midnight, when the budget is renewed). */
    @ServerExceptionMapper
    public Response budgetSpent(BudgetSpent e) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(Problem.of(429, "Too Many Requests", e.getMessage())).build();
    }
}
