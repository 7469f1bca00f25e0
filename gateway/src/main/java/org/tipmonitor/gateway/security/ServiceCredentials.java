package org.tipmonitor.gateway.security;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import org.tipmonitor.gateway.config.GatewayConfig;

/**
 * What the gateway sends to the services on behalf of a caller: an RPT (a token carrying the
 * caller's permissions on tip-services), obtained once per caller's token and cached, so that the
 * services' policy enforcers decide locally and no request pays a Keycloak round trip on the hot path.
 * Should Keycloak not grant one, or be slow to answer, the caller's own token goes instead and the
 * services decide; should it be down, the call fails with {@link AuthorizationServerUnavailable}.
 */
@ApplicationScoped
public class ServiceCredentials {

    @Inject
    SecurityIdentity caller;
    @Inject
    RptCache rpts;
    @Inject
    GatewayConfig config;

    /** The Authorization header value for calls made for the current caller. */
    public Uni<String> authorization() {
        // The access token, whether it came as a bearer token or from a GraphiQL sign-in session.
        AccessTokenCredential credential = caller.getCredential(AccessTokenCredential.class);
        String token = credential == null ? null : credential.getToken();
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        if (!config.keycloak().rptExchange()) {
            return Uni.createFrom().item("Bearer " + token);
        }
        // Keycloak slow (not down): the caller's own token goes, uncached, and the service asks Keycloak
        // itself (answering 503 should Keycloak be down after all). Keycloak down: the call fails UNAVAILABLE.
        return rpts.authorizationFor(token)
                .onFailure(e -> e instanceof AuthorizationServerUnavailable unavailable && unavailable.slow())
                .recoverWithItem("Bearer " + token);
    }
}
