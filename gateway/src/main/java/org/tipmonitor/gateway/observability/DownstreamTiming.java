package org.tipmonitor.gateway.observability;

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
import java.util.stream.Collectors;
import org.tipmonitor.gateway.client.DownstreamGuards;
import org.tipmonitor.gateway.config.GatewayConfig;
import org.tipmonitor.gateway.security.AccessRules;

/**
 * Tells admins, in a standard Server-Timing header, how many calls their request made to each service
 * and how long they took: the way to see that batching holds and where time goes. Other callers do not
 * get it, since it names the services behind the gateway (security/AccessRules.seesServerTiming). A
 * {@code @Provider}, so every REST client of the gateway reports to it; calls to Keycloak are not tallied.
 */
@Provider
@ApplicationScoped
public class DownstreamTiming implements ClientRequestFilter, ClientResponseFilter {

    private static final String KEY = "tip.downstream";
    private static final String STARTED = "tip.started";

    @Inject
    CurrentVertxRequest request;
    private final Map<String, String> names;

    @Inject
    DownstreamTiming(GatewayConfig config) {
        // Not Map.of: in the unit tests every service has the same (unreachable) address.
        names = new HashMap<>();
        names.put(config.country().url().getAuthority(), DownstreamGuards.COUNTRY);
        names.put(config.victim().url().getAuthority(), DownstreamGuards.VICTIM);
        names.put(config.recommendation().url().getAuthority(), DownstreamGuards.RECOMMENDATION);
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
        RoutingContext ctx = current();
        Object started = call.getProperty(STARTED);
        if (ctx == null || started == null) {
            return;
        }
        double ms = (System.nanoTime() - (long) started) / 1e6;
        String service = names.get(call.getUri().getAuthority());
        if (service == null) {
            return;
        }
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
