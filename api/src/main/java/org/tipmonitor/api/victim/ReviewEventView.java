package org.tipmonitor.api.victim;

import java.time.Instant;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * One step in a partner contribution's review: the state it left the contribution in and the version it made,
 * when, by whom (user name from the token; null for callers who do not see recorders), and an admin's reason
 * for a return. Creation and edits are steps that leave the state as it was (DRAFT or RETURNED).
 */
public record ReviewEventView(ReviewState state, int version, Instant at, String by, String reason) {
}
