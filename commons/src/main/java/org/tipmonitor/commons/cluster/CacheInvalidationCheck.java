package org.tipmonitor.commons.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while this replica's caches cannot hear other replicas' writes: it could answer from a
 * cache another replica's write has made stale. (A service without caches is always ready here.)
 */
@Readiness
@ApplicationScoped
public class CacheInvalidationCheck implements HealthCheck {

    @Inject
    InvalidationListener listener;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cache-invalidation").status(listener.listening())
                .withData("caches", listener.needed() ? "shared" : "none").build();
    }
}
