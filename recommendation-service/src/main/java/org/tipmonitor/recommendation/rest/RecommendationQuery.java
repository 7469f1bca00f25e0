package org.tipmonitor.recommendation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;
import org.tipmonitor.recommendation.service.RecommendationFilter;

/** The filters the list, the CSV export and the progress views share; country repeats for a batch. */
public class RecommendationQuery {

    static final String CODE = "[A-Z]{3}";
    static final String CODE_MESSAGE = "must be an ISO 3166-1 alpha-3 code, e.g. RUS";

    @QueryParam("country")
    @Size(max = 300)
    public List<@Pattern(regexp = CODE, message = CODE_MESSAGE) String> country;

    @QueryParam("year")
    @Min(2001)
    @Max(2100)
    public Integer year;

    @QueryParam("status")
    @Parameter(description = "NOT_STARTED, IN_PROGRESS, PARTIALLY_IMPLEMENTED, IMPLEMENTED or REGRESSED: the current status")
    public String status;

    @QueryParam("pillar")
    @Parameter(description = "PROSECUTION, PROTECTION, PREVENTION or PARTNERSHIP")
    public String pillar;

    RecommendationFilter toFilter() {
        return new RecommendationFilter(country, year,
                Parameters.enumValue(ImplementationStatus.class, "status", status),
                Parameters.enumValue(Pillar.class, "pillar", pillar));
    }
}
