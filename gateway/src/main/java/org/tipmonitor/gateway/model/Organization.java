package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A partner organization: {@code id} is its Keycloak alias (the token's organization claim), {@code name} its display name. */
@Description("A partner organization that contributes its own assessments and findings.")
public record Organization(
        @Description("The organization's identifier (its alias in the sign-in directory, the token's organization "
                + "claim).") @NonNull @Id String id,
        @Description("The organization's name.") @NonNull String name) {
}
