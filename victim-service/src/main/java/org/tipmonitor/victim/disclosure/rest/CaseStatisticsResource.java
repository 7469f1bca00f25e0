package org.tipmonitor.victim.disclosure.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.DataYear;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.api.victim.CaseStatisticsView;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.victim.disclosure.mapping.CaseStatisticsMapper;
import org.tipmonitor.victim.disclosure.model.CaseFilter;
import org.tipmonitor.victim.disclosure.service.CaseStatisticsService;
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

    @GET
    @Operation(summary = "Case counts grouped by any of YEAR, CITIZENSHIP, COUNTRY_OF_EXPLOITATION, GENDER, "
            + "AGE_BROAD, EXPLOITATION_TYPE (groupBy repeatable), filtered; for callers without the analyst or "
            + "admin role, cells below the threshold are hidden, with complementary suppression")
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
        return mapper.toView(service.aggregate(dims,
                new CaseFilter(yearFrom, yearTo, citizenship, countryOfExploitation), access.seesExactCaseCounts()));
    }
}
