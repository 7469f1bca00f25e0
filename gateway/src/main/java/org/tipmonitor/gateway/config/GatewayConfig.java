package org.tipmonitor.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** The gateway's own settings (tip.*), typed; Quarkus's own settings stay in application.properties. */
@ConfigMapping(prefix = "tip")
public interface GatewayConfig {

    Endpoint country();

    Endpoint victim();

    Endpoint recommendation();

    Endpoint keycloak();

    /** How calls to the services are guarded; the same for every service, each with its own breaker. */
    Downstream downstream();

    interface Endpoint {
        URI url();
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
}
