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
@Description("An implementation update to record on a recommendation.")
@Input("ImplementationUpdateInput")
public record ImplementationUpdateArguments(
        @Description("The recommendation the update is about.") @NonNull @Id String recommendationId,
        @Description("The recommendation's status from this update on.") @NonNull ImplementationStatus status,
        @Description("What happened, and what the status rests on.") @NonNull String note,
        @Description("Where the evidence can be read (an http or https address); optional.") String evidenceUrl,
        @Description("The recommendation's version as you read it; the update fails with CONFLICT if it changed "
                + "since.") int expectedVersion,
        @Id @Description("Chosen by the client, unique per intended write: a retry with the same key returns the first" + " write's result instead of writing again.") String requestId) {
}
