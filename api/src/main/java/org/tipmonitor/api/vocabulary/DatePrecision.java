package org.tipmonitor.api.vocabulary;

/**
 * How much of a date the source gives. A date stored with YEAR precision ("in 2022") is 2022-01-01 and
 * must be shown as 2022, never as 1 January; NOT_STATED means the source gives no date at all.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    NOT_STATED
}
