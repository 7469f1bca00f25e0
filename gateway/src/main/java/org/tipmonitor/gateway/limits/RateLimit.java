package org.tipmonitor.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
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
 * A caller over its rate is answered HTTP 429 problem+json with Retry-After (whole seconds until a request
 * fits again) before the request is parsed or any service is called.
 *
 * <p>The caller is the <em>verified</em> identity, never a header or an unverified claim: whoever forges
 * another system's client id gets no bucket at all (the token fails verification), so cannot drain that
 * system's. The identity is taken from Quarkus' deferred identity (resolved once per request, by the
 * proactive authentication that runs before this route), so this handler does not depend on where it sits
 * among the authentication routes. Requests without a token are not limited here: they get no data
 * (UNAUTHENTICATED) and cost nothing downstream; the caller-independent query limits still apply.
 *
 * <p>On the hot path this is one cache lookup and one lock-free bucket update per request. Per replica:
 * with N gateway replicas a caller may make N times its rate (a shared bucket would put a database or
 * cache round trip on every request).
 */
@ApplicationScoped
public class RateLimit {

    static final int ORDER = -80;

    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;
    private final MeterRegistry registry;
    private final Counter refusedPeople;
    private final Map<String, Counter> refusedSystems = new ConcurrentHashMap<>();

    @Inject
    RateLimit(GatewayConfig config, MeterRegistry registry) {
        this.config = config.rateLimit();
        this.registry = registry;
        // A bucket idle for longer than it takes to refill is full again: forgetting it changes nothing. The
        // bound keeps a flood of distinct callers from growing the map without end.
        this.buckets = Caffeine.newBuilder().maximumSize(this.config.maxCallers())
                .expireAfterAccess(this.config.idle()).build();
        this.refusedPeople = refusals("person");
    }

    /**
     * Order -80: after authentication (proactive, a filter on every route with a lower order) and before
     * SmallRye GraphQL's handler (a route of its own with a small positive order). Quarkus' named
     * {@code ROUTE_ORDER_BEFORE_DEFAULT} (1000) comes after that handler, which ends the response: a limit
     * there is never reached (RateLimitTest shows it is).
     */
    void register(@Observes Router router) {
        if (config.enabled()) {
            router.route("/graphql").order(ORDER).handler(this::handle);
        }
    }

    void handle(RoutingContext ctx) {
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            ctx.next();
            return;
        }
        // Already resolved by proactive authentication: this completes at once, on this thread.
        deferred.subscribe().with(identity -> decide(ctx, identity), failure -> ctx.next());
    }

    private void decide(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            ctx.next();
            return;
        }
        String client = systemClient(jwt);
        int perMinute = perMinute(client);
        String key = client != null ? "client:" + client : "subject:" + jwt.getSubject();
        ConsumptionProbe probe = buckets.get(key, k -> bucket(perMinute)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        (client == null ? refusedPeople : refusedSystems.computeIfAbsent(client, this::refusals)).increment();
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ctx.response().setStatusCode(429).putHeader("Retry-After", Long.toString(retryAfter))
                .putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                        + "More than " + perMinute + " requests per minute; retry after " + retryAfter + " s.\"}");
    }

    int perMinute(String client) {
        Integer own = client == null ? null : config.clients().get(client);
        return own != null ? own : config.perMinute();
    }

    /**
     * The client id of a partner system's own token (a service account: client credentials), else null (a
     * person, whichever client they signed in with). Keycloak names a service account's user
     * service-account-&lt;client id&gt; and issues its tokens to that client (azp).
     */
    static String systemClient(JsonWebToken jwt) {
        String userName = jwt.getClaim("preferred_username");
        if (userName == null || !userName.startsWith("service-account-")) {
            return null;
        }
        Object azp = jwt.getClaim("azp");
        String client = azp == null ? null : azp instanceof jakarta.json.JsonString s ? s.getString() : azp.toString();
        return client != null ? client : userName.substring("service-account-".length());
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    private Counter refusals(String caller) {
        return Counter.builder("tip.rate.limit.refusals").description("GraphQL requests refused with 429 (rate limit)")
                .tag("client", caller).register(registry);
    }
}
