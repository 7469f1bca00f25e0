package org.tipmonitor.recommendation.config;

import io.smallrye.config.ConfigMapping;

/** This service's own settings (application.properties, prefix {@code tip.recommendations}). */
@ConfigMapping(prefix = "tip.recommendations")
public interface RecommendationsConfig {

    /**
     * {@code tip.recommendations.stale-after-days}: a recommendation with no implementation update for
     * this many days is stale; one never updated counts from the time it was loaded.
     */
    int staleAfterDays();
}
