package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/** The mutation's input as the graph takes it (GraphQL type ImplementationUpdateInput); the service gets api's record. */
@Input("ImplementationUpdateInput")
public record ImplementationUpdateArguments(@NonNull @Id String recommendationId, @NonNull ImplementationStatus status,
        @NonNull String note, String evidenceUrl, int expectedVersion) {
}
