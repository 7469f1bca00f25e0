package org.tipmonitor.api.victim;

import org.eclipse.microprofile.graphql.Description;

/**
 * What case aggregates ({@code GET /api/v1/case-statistics?groupBy=...}) may be grouped by. The order of
 * the constants is the fixed order an answer's dimensions are put in, so that asking GENDER,YEAR and
 * YEAR,GENDER gives the same answer: do not reorder them.
 */
@Description("Dimensions of anonymized case records (the Counter Trafficking Data Collaborative's standard: year "
        + "of registration, citizenship, country of exploitation, gender, broad age band, type of exploitation) "
        + "that aggregates may be grouped by.")
public enum CaseDimension {
    @Description("The year the case was registered.")
    YEAR,
    @Description("The person's citizenship (ISO 3166-1 alpha-3).")
    CITIZENSHIP,
    @Description("The country where the person was exploited (ISO 3166-1 alpha-3).")
    COUNTRY_OF_EXPLOITATION,
    @Description("The person's gender as the case record gives it.")
    GENDER,
    @Description("The person's broad age band when the case was registered.")
    AGE_BROAD,
    @Description("The type of exploitation recorded for the case.")
    EXPLOITATION_TYPE
}
