package org.tipmonitor.gateway.limits;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.tipmonitor.gateway.config.GatewayConfig;
import org.tipmonitor.gateway.error.GraphErrors;

/**
 * Heavy calls (case aggregates, which run over every case record) one caller may have at a service at
 * once; one more is refused at once with RATE_LIMITED and never reaches the service. So one partner's
 * aggregates load victim-service with at most that many, everyone else's go straight through, and the
 * service's breaker judges the service by how it answers, not by one caller's load.
 * Refused rather than queued: a queued call would run later, outside the request it belongs to.
 */
@ApplicationScoped
public class HeavyCallLimit {

    @Inject
    SecurityIdentity identity;

    private final CallerOperations heavyCalls;

    @Inject
    HeavyCallLimit(GatewayConfig config) {
        this.heavyCalls = new CallerOperations(config.graph().heavyCallsPerCaller());
    }

    public <T> Uni<T> heavy(Supplier<Uni<T>> call) {
        String caller = CallerOperations.callerOf(identity);
        if (caller == null) {
            return call.get();
        }
        if (!heavyCalls.tryAcquire(caller)) {
            return Uni.createFrom().failure(new GraphErrors.RateLimited("You have " + heavyCalls.limit()
                    + " case aggregates running already; ask for this one when they have finished"));
        }
        return call.get().onTermination().invoke(() -> heavyCalls.release(caller));
    }
}
