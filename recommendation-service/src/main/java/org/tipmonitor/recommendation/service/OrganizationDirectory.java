package org.tipmonitor.recommendation.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.tipmonitor.recommendation.config.OrganizationsConfig;

/**
 * The display names of partner organizations, by alias. A token names its organization by alias only
 * (api's OrganizationClaim), and the organizations live in Keycloak, not in a table of ours; so the
 * names are read from Keycloak's admin API ({@code GET /admin/realms/tip-monitor/organizations}) with the
 * service account of the client {@code tip-organization-directory}, and kept in memory.
 *
 * <p>Never on a request's path in the usual case: read at start (in the background), read again in the
 * background once {@code refresh-after} has passed; only an alias not known yet (an organization added
 * since) makes a request read them at once, at most every {@code unknown-retry-after}. When Keycloak
 * cannot be read, the names read before stay, and an organization never read is named by its alias.
 *
 * <p>Why a client of its own: Keycloak 26.5 lets only holders of realm-management's {@code manage-realm}
 * read organizations (every read of its OrganizationsResource requires it), which the services' shared
 * client tip-services must not hold; this client's secret is given to recommendation-service alone, and the
 * service only reads.
 */
@ApplicationScoped
public class OrganizationDirectory {

    private static final Logger LOG = Logger.getLogger(OrganizationDirectory.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OrganizationsConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;
    private volatile Instant triedAt = Instant.EPOCH;

    void readAtStart(@Observes StartupEvent start) {
        if (enabled()) {
            CompletableFuture.runAsync(this::read);
        }
    }

    /** The organization's display name; its alias when Keycloak has not told us one. */
    public String nameOf(String alias) {
        if (!enabled()) {
            return alias;
        }
        Instant now = Instant.now();
        String name = names.get(alias);
        if (name == null && triedAt.plus(config.unknownRetryAfter()).isBefore(now)) {
            read();
            name = names.get(alias);
        } else if (readAt.plus(config.refreshAfter()).isBefore(now)) {
            CompletableFuture.runAsync(this::read);
        }
        return name == null ? alias : name;
    }

    private boolean enabled() {
        return config.directorySecret().filter(s -> !s.isBlank()).isPresent();
    }

    /** Reads every organization's name; one reader at a time, the others keep the names they have. */
    void read() {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        triedAt = Instant.now();
        try {
            String realm = config.keycloakUrl() + "/realms/tip-monitor";
            String form = "grant_type=client_credentials&client_id="
                    + URLEncoder.encode(config.directoryClientId(), StandardCharsets.UTF_8) + "&client_secret="
                    + URLEncoder.encode(config.directorySecret().orElseThrow(), StandardCharsets.UTF_8);
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(3)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                LOG.warnf("Organization names not read: Keycloak refused the directory client (HTTP %d)", token.statusCode());
                return;
            }
            String accessToken = JSON.readTree(token.body()).path("access_token").asText();
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(config.keycloakUrl()
                    + "/admin/realms/tip-monitor/organizations?briefRepresentation=true&first=0&max=10000"))
                    .timeout(Duration.ofSeconds(3)).header("Authorization", "Bearer " + accessToken).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (list.statusCode() != 200) {
                LOG.warnf("Organization names not read: Keycloak answered HTTP %d", list.statusCode());
                return;
            }
            Map<String, String> read = new HashMap<>();
            for (JsonNode organization : JSON.readTree(list.body())) {
                String alias = organization.path("alias").asText("");
                String name = organization.path("name").asText("");
                if (!alias.isEmpty()) {
                    read.put(alias, name.isEmpty() ? alias : name);
                }
            }
            names = Map.copyOf(read);
            readAt = Instant.now();
        } catch (java.io.IOException e) {
            LOG.warnf("Organization names not read: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reading.set(false);
        }
    }
}
