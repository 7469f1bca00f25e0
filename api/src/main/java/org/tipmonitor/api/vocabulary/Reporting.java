package org.tipmonitor.api.vocabulary;

import org.eclipse.microprofile.graphql.Description;

/**
 * Whether a figure was reported, and by whom. Declared from the most to the least authoritative, so
 * that the natural order ranks them. NOT_REPORTED means the source says it was not reported: the
 * value is then absent, never zero.
 */
@Description("Whether a figure was reported, and by whom it was reported.")
public enum Reporting {
    /** The government reported it. */
    @Description("the government reported this figure")
    OFFICIAL,
    /** A non-governmental or international organization reported it. */
    @Description("a non-governmental or international organization reported it")
    NGO,
    /** Media or observers reported it. */
    @Description("media or observers reported it")
    MEDIA,
    /** The source gives the figure without saying who reported it. */
    @Description("the source gives the figure without saying who reported it")
    UNATTRIBUTED,
    /** The source says the figure was not reported; it has no value. */
    @Description("the source says the figure was not reported; the value is then null")
    NOT_REPORTED
}
