package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A partner organization: {@code id} is its Keycloak alias (the token's organization claim), {@code name} its display name. */
public record Organization(@NonNull @Id String id, @NonNull String name) {
}
