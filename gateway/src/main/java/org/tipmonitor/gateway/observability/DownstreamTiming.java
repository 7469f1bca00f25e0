package org.tipmonitor.gateway.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.tipmonitor.gateway.client.DownstreamGuards;
import org.tipmonitor.gateway.config.GatewayConfig;
import org.tipmonitor.gateway.security.AccessRules;

/**
 * Tells admins, in a standard Server-Timing header, how many calls their request made to each service
 * and how long they took: the way to see that batching holds and where time goes. Other callers do not
 * get it, since it names the services behind the gateway (security/AccessRules.seesServerTiming). A
 * {@code @Provider}, so every REST client of the gateway reports to it; calls to Keycloak are not tallied.
 * The same measurement goes to the metric {@code tip.downstream.calls} (per service and answer class:
 * 2xx, 4xx, 5xx); calls that got no answer at all (timeouts, refused connections, open breakers) are
 * counted by the fault-tolerance metrics ({@code ft.invocations.total} per service).
 */
@Provider
@ApplicationScoped
public class DownstreamTiming implements ClientRequestFilter, ClientResponseFilter {

    private static final String KEY = "tip.downstream";
    private static final String STARTED = "tip.started";

    @Inject
    CurrentVertxRequest request;
    private final Map<String, String> names;
    /** Per service, a timer per answer class (index status / 100), made once: no lookup by tags per call. */
    private final Map<String, Timer[]> timers = new HashMap<>();

    @Inject
    DownstreamTiming(GatewayConfig config, MeterRegistry registry) {
        // Not Map.of: in the unit tests every service has the same (unreachable) address.
        names = new HashMap<>();
        names.put(config.country().url().getAuthority(), DownstreamGuards.COUNTRY);
        names.put(config.victim().url().getAuthority(), DownstreamGuards.VICTIM);
        names.put(config.recommendation().url().getAuthority(), DownstreamGuards.RECOMMENDATION);
        for (String service : names.values()) {
            Timer[] byClass = new Timer[6];
            for (int c = 1; c < byClass.length; c++) {
                byClass[c] = Timer.builder("tip.downstream.calls")
                        .description("Calls from the gateway to a service that got an answer, by answer class")
                        .tag("service", service).tag("status", c + "xx").register(registry);
            }
            timers.put(service, byClass);
        }
    }

    /** Per service: calls and total milliseconds. */
    record Tally(int calls, double millis) {
        Tally plus(double ms) {
            return new Tally(calls + 1, millis + ms);
        }
    }

    void addHeader(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                Map<String, Tally> tallies = ctx.get(KEY);
                if (tallies != null && !tallies.isEmpty() && ctx.user() instanceof QuarkusHttpUser user
                        && AccessRules.seesServerTiming(user.getSecurityIdentity())) {
                    ctx.response().putHeader("Server-Timing", tallies.entrySet().stream()
                            .map(e -> "%s;desc=\"%d calls\";dur=%.1f".formatted(e.getKey(), e.getValue().calls(),
                                    e.getValue().millis()))
                            .collect(Collectors.joining(", ")));
                }
            });
            ctx.next();
        });
    }

    @Override
    public void filter(ClientRequestContext call) {
        call.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ClientRequestContext call, ClientResponseContext response) {
        Object started = call.getProperty(STARTED);
        String service = names.get(call.getUri().getAuthority());
        if (started == null || service == null) {
            return;
        }
        long nanos = System.nanoTime() - (long) started;
        int statusClass = response.getStatus() / 100;
        if (statusClass >= 1 && statusClass <= 5) {
            timers.get(service)[statusClass].record(nanos, TimeUnit.NANOSECONDS);
        }
        RoutingContext ctx = current();
        if (ctx == null) {
            return;
        }
        double ms = nanos / 1e6;
        synchronized (ctx) {
            Map<String, Tally> tallies = ctx.get(KEY);
            if (tallies == null) {
                tallies = new TreeMap<>();
                ctx.put(KEY, tallies);
            }
            tallies.merge(service, new Tally(1, ms), (a, b) -> a.plus(ms));
        }
    }

    private RoutingContext current() {
        try {
            return request.getCurrent();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
