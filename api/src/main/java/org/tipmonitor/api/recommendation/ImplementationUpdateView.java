package org.tipmonitor.api.recommendation;

import java.time.OffsetDateTime;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/**
 * One implementation update; the n-th update of a recommendation has {@code version} n.
 * {@code recordedBy} is null for callers who may not see who recorded it.
 */
public record ImplementationUpdateView(int version, ImplementationStatus status, String note, String evidenceUrl,
        OffsetDateTime recordedAt, String recordedBy) {
}
