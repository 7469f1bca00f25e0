package org.tipmonitor.api.recommendation;

/** A recommendation the issuer's next report on the country, of year {@code droppedIn}, no longer made. */
public record DroppedView(int droppedIn, RecommendationView recommendation) {
}
