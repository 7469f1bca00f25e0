package org.tipmonitor.gateway.model;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

public record ImplementationUpdate(@NonNull ImplementationStatus status, @NonNull String note, String evidenceUrl,
        @NonNull OffsetDateTime recordedAt, String recordedBy) {
}
