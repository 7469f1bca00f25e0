package org.tipmonitor.api.victim;

/**
 * What case aggregates ({@code GET /api/v1/case-statistics?groupBy=...}) may be grouped by. The order of
 * the constants is the fixed order an answer's dimensions are put in, so that asking GENDER,YEAR and
 * YEAR,GENDER gives the same answer: do not reorder them.
 */
public enum CaseDimension {
    YEAR,
    CITIZENSHIP,
    COUNTRY_OF_EXPLOITATION,
    GENDER,
    AGE_BROAD,
    EXPLOITATION_TYPE
}
