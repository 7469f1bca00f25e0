package org.tipmonitor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The realm a cluster imports is the realm file's, without people or demo parts, its secrets from a Secret. */
class RealmImportTest {

    final JsonNode realmImport = Manifests.platform("realm-import.yml").get(0);
    final JsonNode realm = realmImport.path("spec").path("realm");

    @Test
    void the_import_targets_the_operators_keycloak() {
        assertThat(realmImport.path("kind").asText()).isEqualTo("KeycloakRealmImport");
        JsonNode keycloak = Manifests.platform("keycloak.yml").get(0);
        assertThat(realmImport.path("spec").path("keycloakCRName").asText()).isEqualTo(keycloak.path("metadata").path("name").asText());
        assertThat(realm.path("realm").asText()).isEqualTo("tip-monitor");
    }

    @Test
    void the_realm_holds_no_people_only_the_service_accounts_of_its_own_clients() {
        Set<String> clients = new HashSet<>();
        realm.path("clients").forEach(c -> clients.add(c.path("clientId").asText()));
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("serviceAccountClientId").asText()).as(user.path("username").asText()).isIn(clients);
            assertThat(user.has("credentials")).as(user.path("username").asText()).isFalse();
            assertThat(user.has("email")).as(user.path("username").asText()).isFalse();
        }
        assertThat(realm.has("organizations")).isFalse();
        assertThat(realm.toString()).doesNotContain("alice", "carol", "@tip-monitor.example");
    }

    @Test
    void no_demo_client_or_user_is_imported() throws Exception {
        Set<String> demo = new HashSet<>();
        try (var files = Files.list(Manifests.ROOT.resolve("deploy/keycloak/demo"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode demoRealm = Render.JSON.readTree(file.toFile());
                demoRealm.path("clients").forEach(c -> demo.add(c.path("clientId").asText()));
                demoRealm.path("users").forEach(u -> demo.add(u.path("username").asText()));
            }
        }
        assertThat(demo).contains("partner-freedom-network", "partner-safe-passage");
        List<String> imported = new ArrayList<>();
        realm.path("clients").forEach(c -> imported.add(c.path("clientId").asText()));
        realm.path("users").forEach(u -> imported.add(u.path("username").asText()));
        assertThat(imported).isNotEmpty().doesNotContainAnyElementsOf(demo);
    }

    @Test
    void every_secret_of_the_realm_stays_a_placeholder_filled_from_the_client_secrets() {
        Set<String> used = new HashSet<>();
        Matcher matcher = Render.PLACEHOLDER.matcher(realm.toString());
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(used).contains("TIP_SERVICES_SECRET", "TIP_GATEWAY_SECRET");
        JsonNode placeholders = realmImport.path("spec").path("placeholders");
        Set<String> declared = new HashSet<>();
        placeholders.fieldNames().forEachRemaining(declared::add);
        assertThat(declared).isEqualTo(used);
        for (String name : used) {
            assertThat(placeholders.path(name).path("secret").path("name").asText()).isEqualTo(Render.CLIENT_SECRETS);
            assertThat(placeholders.path(name).path("secret").path("key").asText()).isEqualTo(name);
        }
        realm.path("clients").forEach(c -> {
            if (c.has("secret")) {
                assertThat(c.path("secret").asText()).as(c.path("clientId").asText()).matches("\\$\\{TIP_[A-Z_]+}");
            }
        });
    }

    @Test
    void browsers_are_sent_back_to_the_public_address_never_to_localhost() {
        assertThat(realm.toString()).doesNotContain("localhost");
        JsonNode web = null;
        for (JsonNode client : realm.path("clients")) {
            if ("tip-web".equals(client.path("clientId").asText())) {
                web = client;
            }
        }
        assertThat(web).isNotNull();
        assertThat(web.path("redirectUris").toString()).contains(Render.PUBLIC_URL + "/*");
    }
}
