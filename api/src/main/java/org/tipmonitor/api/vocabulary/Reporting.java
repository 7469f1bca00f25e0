package org.tipmonitor.api.vocabulary;

/**
 * Whether a figure was reported, and by whom. Declared from the most to the least authoritative, so
 * that the natural order ranks them. NOT_REPORTED means the source says it was not reported: the
 * value is then absent, never zero.
 */
public enum Reporting {
    /** The government reported it. */
    OFFICIAL,
    /** A non-governmental or international organization reported it. */
    NGO,
    /** Media or observers reported it. */
    MEDIA,
    /** The source gives the figure without saying who reported it. */
    UNATTRIBUTED,
    /** The source says the figure was not reported; it has no value. */
    NOT_REPORTED
}
