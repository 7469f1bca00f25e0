package org.tipmonitor.recommendation.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;
import org.tipmonitor.commons.rest.QueryParameters;
import org.tipmonitor.recommendation.model.RecommendationCriteria;

/** The filters the list, the CSV export and the progress views share; country repeats for a batch. */
public class RecommendationQuery {

    @QueryParam("country")
    @Size(max = QueryParameters.MAX_COUNTRIES)
    public List<@CountryCode String> country;

    @QueryParam("year")
    @ReportYear
    public Integer year;

    @QueryParam("status")
    @Parameter(description = "NOT_STARTED, IN_PROGRESS, PARTIALLY_IMPLEMENTED, IMPLEMENTED or REGRESSED: the current status")
    public String status;

    @QueryParam("pillar")
    @Parameter(description = "PROSECUTION, PROTECTION, PREVENTION or PARTNERSHIP")
    public String pillar;

    RecommendationCriteria toCriteria() {
        return new RecommendationCriteria(country, year,
                QueryParameters.enumValue("status", status, ImplementationStatus.class),
                QueryParameters.enumValue("pillar", pillar, Pillar.class));
    }
}
