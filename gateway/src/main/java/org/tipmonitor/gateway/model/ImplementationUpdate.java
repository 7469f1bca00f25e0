package org.tipmonitor.gateway.model;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

@Description("One recorded step in carrying out a recommendation: its status from then on, and the evidence for "
        + "it.")
public record ImplementationUpdate(
        @Description("The recommendation's status as of this update.") @NonNull ImplementationStatus status,
        @Description("What happened, in the recorder's words.") @NonNull String note,
        @Description("Where the evidence can be read; null when none was given.") String evidenceUrl,
        @Description("When the update was recorded.") @NonNull OffsetDateTime recordedAt,
        @Description("Who recorded it; visible to admins and analysts, null for partners.") String recordedBy) {
}
