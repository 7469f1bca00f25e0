package org.tipmonitor.gateway.security;

import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** The RPT of each caller's token, asked of Keycloak once and kept (quarkus.cache.caffeine.rpt.*). */
@ApplicationScoped
class RptCache {

    private static final Logger LOG = Logger.getLogger(RptCache.class);

    @Inject
    @RestClient
    KeycloakTokenClient keycloak;

    @CacheResult(cacheName = "rpt")
    Uni<String> authorizationFor(String callerToken) {
        String bearer = "Bearer " + callerToken;
        return keycloak.rpt(bearer, KeycloakTokenClient.UMA_GRANT, "tip-services")
                .map(response -> "Bearer " + response.accessToken())
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf("No RPT for this caller (%s); passing the caller's token on", e.getMessage());
                    return bearer;
                });
    }
}
