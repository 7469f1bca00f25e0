package org.tipmonitor.api.recommendation;

import java.time.OffsetDateTime;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * One step of a partner assessment's review: the state it moved to (SUBMITTED, PUBLISHED, RETURNED), the
 * version that step made, when, by whom (null for callers who may not see who did it) and, for a return,
 * why.
 */
public record ReviewStepView(int version, ReviewState state, OffsetDateTime at, String by, String reason) {
}
