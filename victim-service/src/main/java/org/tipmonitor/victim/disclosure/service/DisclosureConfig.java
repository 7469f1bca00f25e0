package org.tipmonitor.victim.disclosure.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Disclosure control's settings (tip.disclosure.*), for callers who do not see exact counts. */
@ConfigMapping(prefix = "tip.disclosure")
public interface DisclosureConfig {

    /** Cells with fewer cases than this (and more than none) are hidden; CTDC publishes with k = 11. */
    @WithDefault("11")
    int threshold();

    /** Answers with more cells are refused rather than checked slowly. */
    @WithDefault("5000")
    int maxCells();

    /** The cell-key method's perturbation table (see PerturbationTable). */
    CellKey cellKey();

    /** Case-statistics queries a partner (one token subject) may make per UTC day; at least 1. */
    @WithDefault("500")
    int dailyQueries();

    interface CellKey {

        /** The largest change of a published count, up or down (D). 0 turns perturbation off. */
        @WithDefault("3")
        int maxNoise();

        /**
         * The noise's variance (V) for counts far enough above the threshold; below D(D+1)/3, the variance
         * of the uniform distribution on -D..D.
         */
        @WithDefault("2.0")
        double variance();
    }
}
