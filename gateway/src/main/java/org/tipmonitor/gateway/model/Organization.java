package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A partner organization, known by the alias Keycloak Organizations put in its members' tokens. */
public record Organization(@NonNull @Id String id, @NonNull String name) {
}
