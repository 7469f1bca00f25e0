package org.tipmonitor.recommendation.model;

/**
 * What recording an update did: the recommendation as it is now, the update that holds the write, and
 * whether that update was written by an earlier request with the same idempotency key (a replay).
 */
public record RecordedUpdate(Recommendation recommendation, ImplementationUpdate update, boolean replayed) {
}
