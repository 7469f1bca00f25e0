package org.tipmonitor.gateway.security;

import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.tipmonitor.gateway.client.DownstreamRejection;
import org.jboss.logging.Logger;

/**
 * The RPT of each caller's token, asked of Keycloak once and kept (quarkus.cache.caffeine.rpt.*).
 * When Keycloak answers that it grants nothing (4xx), the caller's own token goes on and the service
 * decides (and refuses). When Keycloak cannot be asked at all, that is an outage, not a verdict: the
 * call fails with {@link AuthorizationServerUnavailable}, nothing is cached, and the next call asks again.
 */
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
                .onFailure(DownstreamRejection.class).recoverWithItem(e -> {
                    LOG.debugf("Keycloak grants this caller no RPT (HTTP %d); passing the caller's token on",
                            ((DownstreamRejection) e).status());
                    return bearer;
                })
                .onFailure(e -> !(e instanceof DownstreamRejection)).transform(AuthorizationServerUnavailable::new);
    }
}
