package org.tipmonitor.api.recommendation;

/**
 * A partner organization as Keycloak's Organizations feature keeps it: {@code id} is its alias (the value
 * of the token's organization claim, e.g. freedom-network), {@code name} its display name.
 */
public record OrganizationView(String id, String name) {
}
