package org.tipmonitor.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tipmonitor.gateway.config.GatewayConfig;

/**
 * Requests per minute per caller at /graphql (tip.rate-limit): a Bucket4j token bucket per partner system
 * (its client id, shared by all its tokens) or per person (the token's subject), refilled continuously.
 * A caller over its rate is answered HTTP 429 problem+json with Retry-After (seconds until a request
 * fits again) before the request is parsed or anything is called. Callers without a token are not
 * limited here: they get no data (UNAUTHENTICATED) and cost nothing downstream.
 *
 * <p>On the hot path this is one cache lookup and one lock-free bucket update per request.
 */
@ApplicationScoped
public class RateLimit {

    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;
    private final Counter refusedPeople;
    private final Map<String, Counter> refusedSystems = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    @Inject
    RateLimit(GatewayConfig config, MeterRegistry registry) {
        this.config = config.rateLimit();
        this.registry = registry;
        // A bucket idle for longer than it takes to refill is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(this.config.maxCallers())
                .expireAfterAccess(this.config.idle()).build();
        this.refusedPeople = refusals(registry, "person");
    }

    void register(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        // After authentication (which runs first, on every route), before the GraphQL handler.
        router.route("/graphql").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (!(ctx.user() instanceof QuarkusHttpUser user)
                || !(user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt)) {
            ctx.next();
            return;
        }
        String client = systemClient(jwt);
        String key = client != null ? "client:" + client : "subject:" + jwt.getSubject();
        ConsumptionProbe probe = buckets.get(key, k -> bucket(perMinute(client))).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        (client == null ? refusedPeople : refusedSystems.computeIfAbsent(client, c -> refusals(registry, c)))
                .increment();
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ctx.response().setStatusCode(429).putHeader("Retry-After", Long.toString(retryAfter))
                .putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                        + "More than " + perMinute(client) + " requests per minute; retry after " + retryAfter
                        + " s.\"}");
    }

    int perMinute(String client) {
        Integer own = client == null ? null : config.clients().get(client);
        return own != null ? own : config.perMinute();
    }

    /**
     * The client id of a partner system's own token (a service account: client credentials), else null (a
     * person, whichever client they signed in with). Keycloak marks service-account tokens with the
     * client_id claim and the user name service-account-&lt;client&gt;.
     */
    static String systemClient(JsonWebToken jwt) {
        Object clientId = jwt.getClaim("client_id");
        String userName = jwt.getClaim("preferred_username");
        if (clientId == null && (userName == null || !userName.startsWith("service-account-"))) {
            return null;
        }
        Object azp = jwt.getClaim("azp");
        return azp != null ? text(azp) : text(clientId);
    }

    private static String text(Object claim) {
        return claim instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(claim);
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    private static Counter refusals(MeterRegistry registry, String client) {
        return Counter.builder("tip.rate.limit.refusals").description("GraphQL requests refused with 429")
                .tag("client", client).register(registry);
    }
}
