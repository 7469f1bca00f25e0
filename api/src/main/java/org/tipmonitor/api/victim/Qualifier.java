package org.tipmonitor.api.victim;

/** How the source qualifies a number: "approximately 26,000", "more than 1,000", "almost 7,000". */
public enum Qualifier {
    EXACT,
    APPROXIMATE,
    /** "more than N": the true figure exceeds N. */
    MORE_THAN,
    /** "at least N", "thousands", "tens of thousands": N is the smallest figure the words allow. */
    AT_LEAST,
    /** "almost N": a little under N. */
    ALMOST;

    /** The source gives only a lower bound. */
    public boolean lowerBound() {
        return this == MORE_THAN || this == AT_LEAST;
    }
}
