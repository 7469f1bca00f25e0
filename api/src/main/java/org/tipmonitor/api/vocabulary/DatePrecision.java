package org.tipmonitor.api.vocabulary;

import org.eclipse.microprofile.graphql.Description;

/**
 * How much of a date the source gives. A date stored with YEAR precision ("in 2022") is 2022-01-01 and
 * must be shown as 2022, never as 1 January; NOT_STATED means the source gives no date at all.
 */
@Description("How much of a date the source gives; the date's other parts are then the first day or month.")
public enum DatePrecision {
    @Description("The source gives the day.")
    DAY,
    @Description("The source gives the month; the day is the 1st and is not to be shown.")
    MONTH,
    @Description("The source gives the year only; the date is 1 January and is to be shown as the year.")
    YEAR,
    @Description("The source gives no date.")
    NOT_STATED
}
