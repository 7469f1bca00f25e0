package org.tipmonitor.gateway.client;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;
import org.tipmonitor.gateway.config.GatewayConfig;
import org.tipmonitor.gateway.security.AuthorizationServerUnavailable;

/**
 * The fault tolerance of every call to a service, declared once: a timeout and a circuit breaker per
 * service (clients name theirs with {@code @ApplyGuard}). A breaker belongs to one service, so one
 * service's outage never closes the door to another; a 4xx answer is a verdict on the request, not a
 * fault of the service, and does not count towards opening it; nor does an outage of Keycloak (no RPT
 * could be obtained, so the service was never called).
 */
@ApplicationScoped
public class DownstreamGuards {

    private static final Logger LOG = Logger.getLogger(DownstreamGuards.class);

    public static final String COUNTRY = "country-service";
    public static final String VICTIM = "victim-service";
    public static final String RECOMMENDATION = "recommendation-service";
    /**
     * Case aggregates are victim-service's heaviest work and the one a partner can make heavier: they
     * have a breaker of their own, so that a burst of them never closes the door to statistics and
     * pathways.
     */
    public static final String VICTIM_CASES = "victim-service-cases";
    /**
     * Writes to recommendation-service: a timeout of their own ({@code tip.downstream.write-timeout},
     * longer than reads'), because a write cut short by a read's timeout may still commit and is then
     * reported as failed; and a breaker of their own, so that slow reads never refuse writes nor the
     * reverse. No guard retries anything: a write is repeated only by its client, with its requestId.
     */
    public static final String RECOMMENDATION_WRITES = "recommendation-service-writes";
    /** Writes to victim-service (partner findings): as RECOMMENDATION_WRITES, for the same reasons. */
    public static final String VICTIM_WRITES = "victim-service-writes";

    @Produces
    @Singleton
    @Identifier(COUNTRY)
    Guard country(GatewayConfig config) {
        return guard(COUNTRY, config.downstream());
    }

    @Produces
    @Singleton
    @Identifier(VICTIM)
    Guard victim(GatewayConfig config) {
        return guard(VICTIM, config.downstream());
    }

    @Produces
    @Singleton
    @Identifier(VICTIM_CASES)
    Guard victimCases(GatewayConfig config) {
        return guard(VICTIM_CASES, config.downstream());
    }

    @Produces
    @Singleton
    @Identifier(RECOMMENDATION)
    Guard recommendation(GatewayConfig config) {
        return guard(RECOMMENDATION, config.downstream());
    }

    @Produces
    @Singleton
    @Identifier(RECOMMENDATION_WRITES)
    Guard recommendationWrites(GatewayConfig config) {
        return guard(RECOMMENDATION_WRITES, config.downstream(), config.downstream().writeTimeout());
    }

    @Produces
    @Singleton
    @Identifier(VICTIM_WRITES)
    Guard victimWrites(GatewayConfig config) {
        return guard(VICTIM_WRITES, config.downstream(), config.downstream().writeTimeout());
    }

    static Guard guard(String service, GatewayConfig.Downstream settings) {
        return guard(service, settings, settings.timeout());
    }

    static Guard guard(String service, GatewayConfig.Downstream settings, java.time.Duration timeout) {
        return Guard.create()
                .withDescription(service)
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                    .name(service)
                    .requestVolumeThreshold(settings.breakerRequestVolume())
                    .failureRatio(settings.breakerFailureRatio())
                    .delay(settings.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                    .skipOn(List.of(DownstreamRejection.class, AuthorizationServerUnavailable.class))
                    // An operator needs to see when the gateway stops calling a service, and when it resumes.
                    .onStateChange(state -> LOG.warnf("circuit breaker of %s is now %s", service, state))
                    .done()
                .build();
    }
}
