package org.tipmonitor.country.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tipmonitor.country.mapping.AssessmentView;
import org.tipmonitor.country.service.CountryReads;

/** Batch reads, so that a client asking about many countries makes one call, not one per country. */
@Path("/api/v1/assessments")
@Tag(name = "assessments")
public class AssessmentBatchResource {

    @Inject
    CountryReads reads;

    @GET
    @Operation(summary = "Assessments of many countries by country code: the latest, a year's, or all (history=true)")
    public Map<String, List<AssessmentView>> byCountry(
            @QueryParam("country") @Size(max = 300) List<@Pattern(regexp = CountryResource.CODE,
                    message = CountryResource.CODE_MESSAGE) String> country,
            @QueryParam("year") @Min(2001) @Max(2100) Integer year,
            @QueryParam("history") @DefaultValue("false") boolean history) {
        return reads.assessments(new CountryReads.AssessmentsQuery(List.copyOf(country), year, history));
    }
}
