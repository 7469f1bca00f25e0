package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ImplementationUpdateInput")
public record ImplementationUpdateInput(@NonNull @Id String recommendationId, @NonNull ImplementationStatus status,
        @NonNull String note, String evidenceUrl, int expectedVersion) {
}
