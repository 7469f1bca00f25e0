package org.tipmonitor.recommendation.service;

/** Fired by every write of recommendation data; the read cache is emptied once the write has committed. */
public record RecommendationDataChanged() {
}
