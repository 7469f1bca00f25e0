package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

@Input("ImplementationUpdateInput")
public record ImplementationUpdateInput(@NonNull @Id String recommendationId, @NonNull ImplementationStatus status,
        @NonNull String note, String evidenceUrl, int expectedVersion) {
}
