package org.tipmonitor.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tipmonitor.deploy.Manifests.RENDERED;
import static org.tipmonitor.deploy.Manifests.ofKind;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed manifests and chart hold what a cluster needs, and nothing it must not be given. */
class RenderedManifestsTest {

    /** Names of settings that hold credentials: such a value only ever comes from a Secret. */
    static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|PASSWORD|TOKEN|CREDENTIAL|PRIVATE).*", Pattern.CASE_INSENSITIVE);

    final List<JsonNode> manifests = Manifests.workloadManifests();
    final List<JsonNode> deployments = ofKind(manifests, "Deployment");

    static List<JsonNode> containers(JsonNode deployment) {
        List<JsonNode> containers = new ArrayList<>();
        deployment.path("spec").path("template").path("spec").path("containers").forEach(containers::add);
        deployment.path("spec").path("template").path("spec").path("initContainers").forEach(containers::add);
        return containers;
    }

    @Test
    void every_service_module_renders_one_deployment_and_one_service() {
        assertThat(deployments).extracting(d -> d.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(Render.MODULES);
        assertThat(ofKind(manifests, "Service")).extracting(s -> s.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(Render.MODULES);
        assertThat(ofKind(manifests, "Job")).as("no migration Job: Flyway's advisory lock serializes replicas").isEmpty();
    }

    @Test
    void every_container_has_liveness_readiness_and_startup_probes_on_smallrye_health() {
        for (JsonNode deployment : deployments) {
            for (JsonNode container : containers(deployment)) {
                String name = container.path("name").asText();
                assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).as(name).isEqualTo("/q/health/live");
                assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).as(name).isEqualTo("/q/health/ready");
                assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).as(name).isEqualTo("/q/health/started");
                int port = container.path("ports").get(0).path("containerPort").asInt();
                assertThat(container.path("livenessProbe").path("httpGet").path("port").asInt()).as(name).isEqualTo(port);
            }
        }
    }

    @Test
    void every_container_has_cpu_and_memory_requests_and_limits() {
        for (JsonNode deployment : deployments) {
            for (JsonNode container : containers(deployment)) {
                JsonNode resources = container.path("resources");
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertThat(resources.path(bound).path(resource).asText())
                                .as(container.path("name").asText() + " " + bound + "." + resource).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void every_workload_runs_as_non_root_with_a_read_only_root_and_no_privileges() {
        for (JsonNode deployment : deployments) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            String name = deployment.path("metadata").path("name").asText();
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asLong()).as(name).isPositive();
            Set<String> emptyDirs = new HashSet<>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    emptyDirs.add(v.path("name").asText());
                }
            });
            for (JsonNode container : containers(deployment)) {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("allowPrivilegeEscalation").isBoolean() && !security.path("allowPrivilegeEscalation").asBoolean())
                        .as(name + " allowPrivilegeEscalation false").isTrue();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
                assertThat(security.path("capabilities").path("drop").toString()).as(name).isEqualTo("[\"ALL\"]");
                assertThat(security.path("seccompProfile").path("type").asText()).as(name).isEqualTo("RuntimeDefault");
                List<String> tmp = new ArrayList<>();
                container.path("volumeMounts").forEach(m -> {
                    if ("/tmp".equals(m.path("mountPath").asText()) && emptyDirs.contains(m.path("name").asText())) {
                        tmp.add(m.path("name").asText());
                    }
                });
                assertThat(tmp).as(name + ": a writable /tmp on an emptyDir").hasSize(1);
            }
        }
    }

    @Test
    void every_image_is_pinned_to_the_project_version() {
        for (JsonNode deployment : deployments) {
            for (JsonNode container : containers(deployment)) {
                String image = container.path("image").asText();
                String lastSegment = image.substring(image.lastIndexOf('/') + 1);
                assertThat(lastSegment).as(image).contains(":");
                String tag = lastSegment.substring(lastSegment.indexOf(':') + 1);
                assertThat(tag).as(image).isNotEqualTo("latest").isEqualTo(Manifests.VERSION);
                assertThat(container.path("imagePullPolicy").asText()).as(image).isEqualTo("IfNotPresent");
            }
        }
        for (JsonNode cluster : Manifests.platform("postgres.yml")) {
            String image = cluster.path("spec").path("imageName").asText();
            assertThat(image).as(cluster.path("metadata").path("name").asText()).matches(".+:\\d+\\.\\d+.*");
        }
    }

    @Test
    void credentials_come_only_from_secrets_by_reference() {
        Set<String> cnpgSecrets = Manifests.platform("postgres.yml").stream()
                .map(c -> c.path("metadata").path("name").asText() + "-app").collect(Collectors.toSet());
        for (JsonNode deployment : deployments) {
            for (JsonNode container : containers(deployment)) {
                for (JsonNode env : container.path("env")) {
                    String name = env.path("name").asText();
                    if (SECRET_NAME.matcher(name).matches()) {
                        assertThat(env.has("value")).as(name + " has a literal value").isFalse();
                        JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                        assertThat(ref.path("name").asText()).as(name + " from a Secret").isNotBlank();
                    }
                    String secret = env.path("valueFrom").path("secretKeyRef").path("name").asText();
                    if (name.startsWith("QUARKUS_DATASOURCE_")) {
                        assertThat(cnpgSecrets).as(name + ": the CloudNativePG app secret").contains(secret);
                    }
                }
            }
        }
        for (JsonNode configMap : ofKind(manifests, "ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key ->
                    assertThat(SECRET_NAME.matcher(key).matches()).as(configMap.path("metadata").path("name") + " " + key).isFalse());
        }
    }

    @Test
    void nothing_rendered_holds_a_secret_or_a_demo_value() throws Exception {
        Map<String, String> demo = Files.readAllLines(Manifests.ROOT.resolve("deploy/demo-secrets.env")).stream()
                .filter(l -> l.matches("[A-Z_]+=.+")).collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        assertThat(demo).isNotEmpty();
        for (Path file : Manifests.allFiles(RENDERED)) {
            String text = Manifests.read(file);
            assertThat(text).as(file + " declares a Secret").doesNotContainPattern("(?m)^kind:\\s*Secret\\s*$");
            for (Map.Entry<String, String> value : demo.entrySet()) {
                // The demo client secrets are distinctive strings: nowhere, not even in a template or the README.
                if (value.getKey().endsWith("_SECRET")) {
                    assertThat(text).as(file + " holds the demo value of " + value.getKey()).doesNotContain(value.getValue());
                }
            }
            if (file.toString().matches(".*\\.ya?ml$") && !file.toString().contains("templates")) {
                // Every field named like a credential holds a placeholder or a reference, never a demo value.
                List<String> credentials = new ArrayList<>();
                Manifests.documents(file).forEach(document -> collectCredentials(document, credentials));
                assertThat(credentials).as(file + " holds a demo secret or password").doesNotContainAnyElementsOf(demo.values());
            }
        }
        // The charts' values list every env (quarkus-helm); for one from a Secret, the value is the Secret's key.
        for (String module : Render.MODULES) {
            Map<String, String> secretKeys = new java.util.HashMap<>();
            for (JsonNode deployment : ofKind(Manifests.documents(RENDERED.resolve(module).resolve("kubernetes.yml")), "Deployment")) {
                for (JsonNode container : containers(deployment)) {
                    container.path("env").forEach(env -> {
                        if (env.path("valueFrom").has("secretKeyRef")) {
                            secretKeys.put(env.path("name").asText(), env.path("valueFrom").path("secretKeyRef").path("key").asText());
                        }
                    });
                }
            }
            JsonNode values = Manifests.documents(RENDERED.resolve("helm/tip-monitor/charts").resolve(module).resolve("values.yaml")).get(0);
            values.path("app").path("envs").fields().forEachRemaining(env -> {
                if (SECRET_NAME.matcher(env.getKey()).matches() || secretKeys.containsKey(env.getKey())) {
                    assertThat(env.getValue().asText()).as(module + " " + env.getKey()).isEqualTo(secretKeys.get(env.getKey()));
                }
            });
        }
    }

    @Test
    void no_literal_env_var_is_empty_or_hides_a_setting_of_the_configmap() {
        // Quarkus adds an env var for every ${VAR} its configuration reads (empty when it has no default); a
        // literal env var wins over envFrom, so such a one would silently replace the ConfigMap's value.
        Map<String, Set<String>> configMapKeys = new java.util.HashMap<>();
        ofKind(manifests, "ConfigMap").forEach(c -> {
            Set<String> keys = new HashSet<>();
            c.path("data").fieldNames().forEachRemaining(keys::add);
            configMapKeys.put(c.path("metadata").path("name").asText(), keys);
        });
        for (JsonNode deployment : deployments) {
            for (JsonNode container : containers(deployment)) {
                Set<String> fromConfigMaps = new HashSet<>();
                container.path("envFrom").forEach(from -> fromConfigMaps.addAll(
                        configMapKeys.getOrDefault(from.path("configMapRef").path("name").asText(), Set.of())));
                assertThat(fromConfigMaps).as(container.path("name") + " reads a ConfigMap").isNotEmpty();
                for (JsonNode env : container.path("env")) {
                    if (env.has("value")) {
                        String name = env.path("name").asText();
                        assertThat(env.path("value").asText()).as(container.path("name") + " " + name).isNotEmpty();
                        assertThat(fromConfigMaps).as(container.path("name") + " " + name + " hides the ConfigMap's").doesNotContain(name);
                    }
                }
            }
        }
    }

    @Test
    void every_service_selects_the_pods_of_a_deployment() {
        List<Map<String, String>> podLabels = deployments.stream()
                .map(d -> labels(d.path("spec").path("template").path("metadata").path("labels"))).toList();
        for (JsonNode service : ofKind(manifests, "Service")) {
            Map<String, String> selector = labels(service.path("spec").path("selector"));
            assertThat(selector).as(service.path("metadata").path("name").asText()).isNotEmpty();
            assertThat(podLabels).as(service.path("metadata").path("name") + " selects no pods")
                    .anyMatch(labels -> labels.entrySet().containsAll(selector.entrySet()));
            JsonNode port = service.path("spec").path("ports").get(0);
            JsonNode deployment = deployments.stream()
                    .filter(d -> labels(d.path("spec").path("template").path("metadata").path("labels")).entrySet().containsAll(selector.entrySet()))
                    .findFirst().orElseThrow();
            assertThat(containers(deployment).get(0).path("ports").get(0).path("containerPort").asInt())
                    .as(service.path("metadata").path("name") + " target port").isEqualTo(port.path("targetPort").asInt());
        }
    }

    @Test
    void the_only_ingress_routes_the_public_host_to_the_gateway_service_over_tls() {
        List<JsonNode> ingresses = ofKind(manifests, "Ingress");
        assertThat(ingresses).hasSize(1);
        JsonNode spec = ingresses.get(0).path("spec");
        String host = Render.PUBLIC_URL.substring("https://".length());
        JsonNode rule = spec.path("rules").get(0);
        assertThat(rule.path("host").asText()).isEqualTo(host);
        JsonNode backend = rule.path("http").path("paths").get(0).path("backend").path("service");
        assertThat(backend.path("name").asText()).isEqualTo("gateway");
        JsonNode gatewayService = ofKind(manifests, "Service").stream()
                .filter(s -> "gateway".equals(s.path("metadata").path("name").asText())).findFirst().orElseThrow();
        List<String> portNames = new ArrayList<>();
        gatewayService.path("spec").path("ports").forEach(p -> portNames.add(p.path("name").asText()));
        assertThat(portNames).contains(backend.path("port").path("name").asText());
        assertThat(spec.path("tls").get(0).path("hosts").toString()).contains(host);
        assertThat(spec.path("tls").get(0).path("secretName").asText()).isNotBlank();
    }

    @Test
    void the_services_reach_postgres_and_keycloak_as_the_platform_names_them() {
        Set<String> clusters = Manifests.platform("postgres.yml").stream()
                .map(c -> c.path("metadata").path("name").asText()).collect(Collectors.toSet());
        JsonNode keycloak = Manifests.platform("keycloak.yml").get(0);
        for (JsonNode configMap : ofKind(manifests, "ConfigMap")) {
            JsonNode data = configMap.path("data");
            assertThat(data.path("TIP_KEYCLOAK_URL").asText()).as(configMap.path("metadata").path("name").asText())
                    .isEqualTo(keycloak.path("spec").path("hostname").path("hostname").asText());
            if (data.has("TIP_PG_JDBC")) {
                String host = data.path("TIP_PG_JDBC").asText().replaceAll("jdbc:postgresql://([^:/]+).*", "$1");
                assertThat(clusters).contains(host.replaceAll("-rw$", ""));
            }
        }
        assertThat(keycloak.path("spec").path("db").path("host").asText())
                .isEqualTo(Render.cluster("keycloak") + "-rw");
    }

    static void collectCredentials(JsonNode node, List<String> credentials) {
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode() && SECRET_NAME.matcher(field.getKey()).matches()) {
                credentials.add(field.getValue().asText());
            }
        });
        node.forEach(child -> collectCredentials(child, credentials));
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new java.util.HashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }
}
