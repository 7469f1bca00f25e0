package org.tipmonitor.commons.security;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Keycloak's reachability, in two places on purpose.
 *
 * <p>In readiness ({@code /q/health/ready}) it is reported as data of a check that stays UP: readiness
 * decides whether traffic is sent to this instance at all, and with Keycloak down a caller whose token
 * carries its permissions (the gateway's RPTs) is still served from the enforcer's path cache and the
 * cached signing keys; taking every instance out of service would turn a partial outage into a total
 * one, and Keycloak's return would not be seen sooner. Requests that do need Keycloak get 503.
 *
 * <p>In the {@code dependencies} group ({@code /q/health/group/dependencies}) the same check is DOWN
 * while Keycloak cannot be reached: that is what monitoring alerts on.
 */
public final class KeycloakHealthChecks {

    private KeycloakHealthChecks() {
    }

    static HealthCheckResponse response(KeycloakReachability keycloak, boolean failWhenUnreachable) {
        KeycloakReachability.State state = keycloak.state();
        return HealthCheckResponse.named("Keycloak (authorization server)")
                .status(state.reachable() || !failWhenUnreachable)
                .withData("keycloak", state.reachable() ? "reachable" : "unreachable")
                .withData("since", state.since().toString())
                .withData("url", keycloak.realmUrl())
                .build();
    }

    /** Readiness: always UP, with Keycloak's state as data. */
    @Readiness
    @ApplicationScoped
    public static class InReadiness implements HealthCheck {
        @Inject
        KeycloakReachability keycloak;

        @Override
        public HealthCheckResponse call() {
            return response(keycloak, false);
        }
    }

    /** The dependencies group: DOWN while Keycloak is unreachable. */
    @HealthGroup("dependencies")
    @ApplicationScoped
    public static class InDependencies implements HealthCheck {
        @Inject
        KeycloakReachability keycloak;

        @Override
        public HealthCheckResponse call() {
            return response(keycloak, true);
        }
    }
}
