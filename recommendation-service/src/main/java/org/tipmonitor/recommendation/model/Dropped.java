package org.tipmonitor.recommendation.model;

/** A recommendation the issuer's next report on the country, of year {@code droppedIn}, no longer made. */
public record Dropped(RecommendationDetails recommendation, int droppedIn) {
}
