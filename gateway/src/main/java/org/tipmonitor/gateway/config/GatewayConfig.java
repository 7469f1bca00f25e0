package org.tipmonitor.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The gateway's own settings (tip.*), typed; Quarkus's own settings stay in application.properties. */
@ConfigMapping(prefix = "tip")
public interface GatewayConfig {

    Endpoint country();

    Endpoint victim();

    Endpoint recommendation();

    Keycloak keycloak();

    /** How calls to the services are guarded; the same for every service, each with its own breaker. */
    Downstream downstream();

    /** What one GraphQL operation may cost, and how many one caller may run at once (limits.QueryLimits). */
    Graph graph();

    /** Requests per minute per caller at /graphql (limits.RateLimit). */
    RateLimit rateLimit();

    /**
     * A token bucket per caller: a partner system (a service account) by its client id, a person by the
     * token's subject. A caller over its rate gets HTTP 429 with Retry-After before anything runs.
     */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /**
         * Requests per minute, and the burst (a caller may use a whole minute's worth at once). Generous by
         * default, a guard against runaway clients; partner systems get their own rate in {@link #clients()}.
         */
        @WithDefault("300000")
        int perMinute();

        /** Requests per minute of the partner systems named here (client id), instead of the default. */
        Map<String, Integer> clients();

        /** Callers remembered at most; one idle for {@link #idle()} is forgotten (its bucket is full again by then). */
        @WithDefault("100000")
        int maxCallers();

        @WithDefault("2m")
        Duration idle();
    }

    interface Endpoint {
        URI url();
    }

    interface Keycloak extends Endpoint {

        /**
         * Whether callers' tokens are exchanged for RPTs (security/ServiceCredentials). Off, the caller's
         * token goes to the services as is: for the unit tests, which run without Keycloak (there an
         * exchange would always fail as an outage, before any service is called).
         */
        @WithDefault("true")
        boolean rptExchange();
    }

    interface Downstream {

        /** A call the service has not answered by then is answered UNAVAILABLE. */
        @WithDefault("3s")
        Duration timeout();

        /**
         * The same for writes (client.DownstreamGuards.RECOMMENDATION_WRITES): longer, since a write the
         * gateway gives up on may still commit; it must stay below the REST client's read timeout.
         */
        @WithDefault("15s")
        Duration writeTimeout();

        /** Calls over which the breaker judges a service's health. */
        @WithDefault("8")
        int breakerRequestVolume();

        /** Share of failed calls among them that opens the breaker. */
        @WithDefault("0.5")
        double breakerFailureRatio();

        /** How long an open breaker refuses calls before it tries the service again. */
        @WithDefault("5s")
        Duration breakerDelay();
    }

    /**
     * Limits on GraphQL operations. A query is priced before anything runs: every field costs its
     * {@link #fieldCosts() cost} (1 unless listed), and a list multiplies what is selected inside it by
     * the most items it returns ({@link #listBounds()}), so nested lists multiply as their answers
     * would. While it runs, the answer may not grow beyond {@link #maxResultNodes()} values nor take
     * longer than {@link #deadline()}, and it stops when the client has gone.
     */
    interface Graph {

        /** Deepest nesting of selections. */
        @WithDefault("8")
        int maxDepth();

        /**
         * The highest price a query may have; a costlier one is refused before any service is called.
         * At most 143,164 (prices are added as ints over up to 15,000 fields).
         */
        @WithDefault("100000")
        long maxCost();

        /** Most items a list not named in {@link #listBounds()} returns. */
        @WithDefault("20")
        int defaultListBound();

        /** Most items a list returns, by "Type.field" (e.g. "Query.countries"). */
        Map<String, Integer> listBounds();

        /** The price of one resolution of a field, by "Type.field", where it is more than 1. */
        Map<String, Integer> fieldCosts();

        /** Most values (objects, scalars, list items) an answer may hold; beyond it the rest is left null. */
        @WithDefault("50000")
        int maxResultNodes();

        /** How long one operation may run before what remains is left null. */
        @WithDefault("10s")
        Duration deadline();

        /** Operations one caller may have running at once; more are refused with RATE_LIMITED. */
        @WithDefault("8")
        int operationsPerCaller();

        /** Heavy calls (case aggregates) of one caller at a service at once; more are refused with RATE_LIMITED. */
        @WithDefault("4")
        int heavyCallsPerCaller();
    }
}
