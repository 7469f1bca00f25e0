package org.tipmonitor.gateway.security;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the gateway sends to the services on behalf of a caller: an RPT (a token carrying the
 * caller's permissions on tip-services), obtained once per caller's token and cached, so that the
 * services' policy enforcers decide locally and no request pays a Keycloak round trip on the hot path.
 * Should Keycloak not grant one, the caller's own token goes instead and the services decide.
 */
@ApplicationScoped
public class ServiceCredentials {

    @Inject
    JsonWebToken caller;
    @Inject
    RptCache rpts;

    /** The Authorization header value for calls made for the current caller. */
    public Uni<String> authorization() {
        String token = caller.getRawToken();
        return token == null ? Uni.createFrom().nullItem() : rpts.authorizationFor(token);
    }
}
