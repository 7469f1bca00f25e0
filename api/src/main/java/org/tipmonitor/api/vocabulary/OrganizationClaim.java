package org.tipmonitor.api.vocabulary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The caller's partner organizations as Keycloak's Organizations feature puts them in a token: the
 * built-in {@code organization} client scope adds the claim {@value #NAME}, a list of organization
 * aliases ({@code ["freedom-network"]}), or, when the mapper is set to add ids or attributes, an object
 * keyed by alias. Organizations and their members live in Keycloak only (deploy/keycloak.sh
 * add-organization); the services know an organization by its alias, from the token, and keep no table
 * of members. This is the one reading of that claim for every service and the gateway (hence in api,
 * which the gateway shares; commons is the services' only).
 */
public final class OrganizationClaim {

    /** The claim's name in the token. */
    public static final String NAME = "organization";

    private OrganizationClaim() {
    }

    /**
     * The organization aliases in a claim value as a JWT library hands it over: a list (of strings, or of
     * JSON strings whose text keeps its quotes), an object keyed by alias, or one string; empty for none.
     */
    public static List<String> aliases(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof Map<?, ?> map) {
            return map.keySet().stream().map(OrganizationClaim::text).filter(Objects::nonNull).sorted().toList();
        }
        if (claim instanceof Collection<?> list) {
            return list.stream().map(OrganizationClaim::text).filter(Objects::nonNull).toList();
        }
        String single = text(claim);
        return single == null ? List.of() : List.of(single);
    }

    private static String text(Object value) {
        String text = String.valueOf(value).strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }
}
