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
}
