package org.tipmonitor.recommendation.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.recommendation.model.ImplementationUpdate;

/** One implementation update; {@code recordedBy} is null for callers who may not see who recorded it. */
public record ImplementationUpdateView(int version, ImplementationStatus status, String note, String evidenceUrl,
        OffsetDateTime recordedAt, String recordedBy) {

    public static ImplementationUpdateView of(ImplementationUpdate u, boolean showRecorder) {
        return new ImplementationUpdateView(u.version, u.status, u.note, u.evidenceUrl,
                u.recordedAt.atOffset(ZoneOffset.UTC), showRecorder ? u.recordedBy : null);
    }
}
