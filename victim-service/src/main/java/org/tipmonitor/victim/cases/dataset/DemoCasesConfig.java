package org.tipmonitor.victim.cases.dataset;

import io.smallrye.config.ConfigMapping;

/** The synthetic CTDC case file generated and imported at start (tip.cases.demo.*). */
@ConfigMapping(prefix = "tip.cases.demo")
public interface DemoCasesConfig {

    /** Rows of the file; 0 turns the demo off. */
    long rows();

    /** The generator's seed: the same seed gives the same file, so a restart imports nothing new. */
    long seed();
}
