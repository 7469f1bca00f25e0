package org.tipmonitor.gateway.model;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ReviewState;

@Description("One step of a partner contribution's review: the state it left, the version it made, when, by whom "
        + "(admins and analysts only; null for partners), and an admin's reason for a return. Creation and edits "
        + "leave the state as it was.")
public record ReviewStep(@NonNull ReviewState state, int version, @NonNull OffsetDateTime at, String by, String reason) {
}
