package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/**
 * The mutation's input as the graph takes it (GraphQL type ImplementationUpdateInput); the service gets api's record.
 * {@code requestId} is the client's idempotency key: a retry with it answers the first write's result.
 */
@Input("ImplementationUpdateInput")
public record ImplementationUpdateArguments(@NonNull @Id String recommendationId, @NonNull ImplementationStatus status,
        @NonNull String note, String evidenceUrl, int expectedVersion,
        @Id @Description("Chosen by the client, unique per intended write: a retry with the same key returns the first"
                + " write's result instead of writing again.") String requestId) {
}
