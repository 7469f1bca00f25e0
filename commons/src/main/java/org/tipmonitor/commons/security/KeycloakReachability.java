package org.tipmonitor.commons.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether Keycloak answers, asked once a second in the background (its discovery document, 2 s at
 * most), so that a request never waits for the answer: the readiness data and the 503 of an
 * authorization that could not be decided ({@link AuthorizationOutage}) read the last one.
 */
@ApplicationScoped
public class KeycloakReachability {

    private static final Logger LOG = Logger.getLogger(KeycloakReachability.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** The last answer; reachable until asked, so a service starting with Keycloak is not reported down. */
    public record State(boolean reachable, Instant since) {
    }

    private final Optional<String> realmUrl;
    private volatile State state = new State(true, Instant.now());
    private ScheduledExecutorService prober;
    private HttpClient http;

    KeycloakReachability(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realmUrl) {
        this.realmUrl = realmUrl.filter(url -> !url.isBlank());
    }

    /** Whether there is a Keycloak to ask at all (the unit tests check tokens against a local key). */
    public boolean configured() {
        return realmUrl.isPresent();
    }

    public String realmUrl() {
        return realmUrl.orElse("");
    }

    public State state() {
        return state;
    }

    void start(@Observes StartupEvent start) {
        if (realmUrl.isEmpty()) {
            return;
        }
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        prober = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "keycloak-reachability");
            thread.setDaemon(true);
            return thread;
        });
        prober.scheduleWithFixedDelay(this::probe, 0, 1, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (prober != null) {
            prober.shutdownNow();
        }
    }

    private void probe() {
        boolean reachable;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl.get() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build();
            reachable = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            reachable = false;
        }
        if (reachable != state.reachable()) {
            state = new State(reachable, Instant.now());
            if (reachable) {
                LOG.infof("Keycloak (%s) is reachable again", realmUrl.get());
            } else {
                LOG.warnf("Keycloak (%s) is unreachable: requests that need it to authorize are answered 503", realmUrl.get());
            }
        }
    }
}
