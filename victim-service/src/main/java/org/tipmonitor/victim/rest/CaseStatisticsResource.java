package org.tipmonitor.victim.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.victim.mapping.CaseStatisticsView;
import org.tipmonitor.victim.model.CaseDimension;
import org.tipmonitor.victim.model.CaseFilter;
import org.tipmonitor.victim.service.CaseStatisticsService;

@Path("/api/v1/case-statistics")
@Tag(name = "case statistics")
public class CaseStatisticsResource {

    @Inject
    CaseStatisticsService service;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Case counts grouped by any of YEAR, CITIZENSHIP, COUNTRY_OF_EXPLOITATION, GENDER, "
            + "AGE_BROAD, EXPLOITATION_TYPE (groupBy repeatable), filtered; for callers without the analyst or "
            + "admin role, cells below the threshold are hidden, with complementary suppression")
    public CaseStatisticsView aggregate(
            @QueryParam("groupBy") List<String> groupBy,
            @QueryParam("yearFrom") @Min(1990) @Max(2100) Integer yearFrom,
            @QueryParam("yearTo") @Min(1990) @Max(2100) Integer yearTo,
            @QueryParam("citizenship") @Pattern(regexp = Codes.COUNTRY, message = Codes.COUNTRY_MESSAGE)
            String citizenship,
            @QueryParam("countryOfExploitation") @Pattern(regexp = Codes.COUNTRY, message = Codes.COUNTRY_MESSAGE)
            String countryOfExploitation) {
        List<CaseDimension> dims = groupBy.stream()
                .map(d -> Codes.enumValue("groupBy", d, CaseDimension.class)).toList();
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new InvalidInputException("yearTo", "must not be before yearFrom");
        }
        boolean exact = identity.hasRole("analyst") || identity.hasRole("admin");
        return service.aggregate(dims, new CaseFilter(yearFrom, yearTo, citizenship, countryOfExploitation), exact);
    }
}
