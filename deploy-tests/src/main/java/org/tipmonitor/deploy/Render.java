package org.tipmonitor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders deploy/kubernetes/ (deploy/kubernetes/render.sh runs it after the services' build): each service's
 * manifests and Helm chart as its Quarkus build wrote them (target/kubernetes, target/helm), one umbrella chart
 * over the four, and the operators' resources: CloudNativePG clusters, the Keycloak and the realm import built
 * from deploy/keycloak/tip-monitor-realm.json. The structural tests render into target/ and compare.
 */
public final class Render {

    /** The workloads, in the order of the README. */
    public static final List<String> MODULES = List.of("country-service", "victim-service", "recommendation-service", "gateway");
    /** The services with a database of their own (database and role named like this), and Keycloak's. */
    public static final List<String> DATABASES = List.of("country", "victim", "recommendation", "keycloak");
    /** Public addresses: the gateway's Ingress and Keycloak's host name (change both here and in the services' config). */
    public static final String PUBLIC_URL = "https://tip-monitor.example";
    public static final String KEYCLOAK_URL = "https://id.tip-monitor.example";
    /** Where the realm file's local address is replaced by the public one. */
    static final String LOCAL_URL = "http://localhost:8080";
    /** The Secret an administrator creates with the client secrets (keys: the realm file's variable names). */
    public static final String CLIENT_SECRETS = "tip-client-secrets";
    public static final String KEYCLOAK = "tip-keycloak";
    public static final String UMBRELLA = "tip-monitor";
    static final String POSTGRES_IMAGE = "ghcr.io/cloudnative-pg/postgresql:17.5";
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(TIP_[A-Z0-9_]+)}");

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // A string that reads as a number stays a string (ConfigMap data, quantities such as cpu: "1").
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    private Render() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Render <repository root> <output folder, e.g. deploy/kubernetes>");
        }
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        renderBuildOutput(root, out);
        renderPlatform(root, out);
    }

    public static String cluster(String database) {
        return "tip-" + database + "-db";
    }

    /** The services' manifests and charts as their builds wrote them, and the umbrella chart over them. */
    public static void renderBuildOutput(Path root, Path out) throws IOException {
        String version = null;
        for (String module : MODULES) {
            Path manifest = root.resolve(module).resolve("target/kubernetes/kubernetes.yml");
            Path chart = root.resolve(module).resolve("target/helm/kubernetes").resolve(module);
            if (!Files.isRegularFile(manifest) || !Files.isDirectory(chart)) {
                throw new IllegalStateException(module + " has no target/kubernetes or target/helm: build it first "
                        + "(mvn -B package -DskipTests -pl " + String.join(",", MODULES) + " -am)");
            }
            deleteTree(out.resolve(module));
            writeCanonical(manifest, out.resolve(module).resolve("kubernetes.yml"));
            Path target = out.resolve("helm").resolve(UMBRELLA).resolve("charts").resolve(module);
            deleteTree(target);
            try (Stream<Path> files = Files.walk(chart)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    copy(file, target.resolve(chart.relativize(file).toString()));
                }
            }
            version = YAML.readTree(chart.resolve("Chart.yaml").toFile()).path("version").asText();
        }
        Path umbrella = out.resolve("helm").resolve(UMBRELLA);
        ObjectNode chart = YAML.createObjectNode();
        chart.put("apiVersion", "v2");
        chart.put("name", UMBRELLA);
        chart.put("description", "TIP Monitor: the gateway and the three services (charts/, one per service, as their builds render them)");
        chart.put("type", "application");
        chart.put("version", version);
        chart.put("appVersion", version);
        write(umbrella.resolve("Chart.yaml"), chart, "The umbrella chart over the services' charts in charts/.");
        ObjectNode values = YAML.createObjectNode();
        for (String module : MODULES) {
            values.putObject(module).putObject("app");
        }
        write(umbrella.resolve("values.yaml"), values,
                "Override a service's chart values under its name, e.g. --set gateway.app.image=<registry>/gateway:<tag>;\n"
                        + "# each service's defaults are in charts/<service>/values.yaml.");
    }

    /** The operators' resources: PostgreSQL (CloudNativePG), Keycloak and the realm import (Keycloak Operator). */
    public static void renderPlatform(Path root, Path out) throws IOException {
        Path platform = out.resolve("platform");
        List<JsonNode> clusters = new ArrayList<>();
        for (String database : DATABASES) {
            clusters.add(postgresCluster(database));
        }
        writeAll(platform.resolve("postgres.yml"), clusters,
                "CloudNativePG: one PostgreSQL cluster per database (the operator's microservice-database way),\n"
                        + "# each bootstrapped with its database and its owner role; the operator generates the role's\n"
                        + "# password into the Secret <cluster>-app, which the services and Keycloak reference.");
        write(platform.resolve("keycloak.yml"), keycloak(),
                "Keycloak Operator: Keycloak in production mode (the operator runs kc.sh start) with two instances,\n"
                        + "# on its own PostgreSQL cluster, TLS from the Secret tip-keycloak-tls, host name fixed (the issuer).");
        write(platform.resolve("realm-import.yml"), realmImport(root.resolve("deploy/keycloak/tip-monitor-realm.json")),
                "Keycloak Operator: the realm, rendered from deploy/keycloak/tip-monitor-realm.json (no people, no\n"
                        + "# partner organizations: the demo import is never part of a cluster). The client secrets stay\n"
                        + "# ${...} placeholders, filled from the Secret " + CLIENT_SECRETS + " when the operator imports it.");
    }

    /**
     * A service's manifests in one order: Quarkus emits labels, env vars and documents in an order that varies from
     * build to build, which would make every rendering a change to review. Keys sorted, named items (env vars,
     * ports, volumes, containers) by name, documents by kind and name; the content is unchanged.
     */
    static void writeCanonical(Path manifest, Path to) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(manifest.toFile())) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isEmpty()) {
                    documents.add(canonical(document));
                }
            }
        }
        documents.sort(Comparator.comparing((JsonNode d) -> d.path("kind").asText())
                .thenComparing(d -> d.path("metadata").path("name").asText()));
        Files.createDirectories(to.getParent());
        StringBuilder text = new StringBuilder("# Generated by the service's Quarkus build (target/kubernetes); rendered by deploy/kubernetes/render.sh.\n");
        for (JsonNode document : documents) {
            text.append("---\n").append(YAML.writeValueAsString(document));
        }
        Files.writeString(to, text.toString());
    }

    static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JSON.createObjectNode();
            new TreeSet<String>(iterable(node.fieldNames())).forEach(name -> sorted.set(name, canonical(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            if (items.stream().allMatch(item -> item.isObject() && item.has("name"))) {
                items.sort(Comparator.comparing(item -> item.path("name").asText()));
            }
            ArrayNode array = JSON.createArrayNode();
            items.forEach(array::add);
            return array;
        }
        return node;
    }

    static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    static ObjectNode postgresCluster(String database) {
        ObjectNode cluster = resource("postgresql.cnpg.io/v1", "Cluster", cluster(database));
        ObjectNode spec = cluster.putObject("spec");
        spec.put("instances", 3);
        // victim-service needs PostgreSQL 15 or later (unique ... nulls not distinct); the minor version is pinned.
        spec.put("imageName", POSTGRES_IMAGE);
        spec.putObject("storage").put("size", "10Gi");
        ObjectNode initdb = spec.putObject("bootstrap").putObject("initdb");
        initdb.put("database", database);
        initdb.put("owner", database);
        ObjectNode resources = spec.putObject("resources");
        resources.putObject("requests").put("cpu", "250m").put("memory", "512Mi");
        resources.putObject("limits").put("cpu", "1").put("memory", "1Gi");
        return cluster;
    }

    static ObjectNode keycloak() {
        ObjectNode keycloak = resource("k8s.keycloak.org/v2alpha1", "Keycloak", KEYCLOAK);
        ObjectNode spec = keycloak.putObject("spec");
        spec.put("instances", 2);
        ObjectNode db = spec.putObject("db");
        db.put("vendor", "postgres");
        db.put("host", cluster("keycloak") + "-rw");
        db.put("port", 5432);
        db.put("database", "keycloak");
        db.putObject("usernameSecret").put("name", cluster("keycloak") + "-app").put("key", "username");
        db.putObject("passwordSecret").put("name", cluster("keycloak") + "-app").put("key", "password");
        spec.putObject("http").put("tlsSecret", "tip-keycloak-tls");
        spec.putObject("hostname").put("hostname", KEYCLOAK_URL);
        spec.putObject("proxy").put("headers", "xforwarded");
        spec.putObject("ingress").put("enabled", true);
        ObjectNode resources = spec.putObject("resources");
        resources.putObject("requests").put("cpu", "500m").put("memory", "1Gi");
        resources.putObject("limits").put("cpu", "2").put("memory", "2Gi");
        return keycloak;
    }

    /** The realm file as the operator's import: its local address replaced by the public one, secrets as placeholders. */
    public static ObjectNode realmImport(Path realmFile) throws IOException {
        JsonNode realm = JSON.readTree(realmFile.toFile());
        JsonNode publicRealm = replaceLocalUrl(realm);
        TreeSet<String> placeholders = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(JSON.writeValueAsString(realm));
        while (matcher.find()) {
            placeholders.add(matcher.group(1));
        }
        ObjectNode cr = resource("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport", realm.path("realm").asText());
        ObjectNode spec = cr.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        ObjectNode placeholderNode = spec.putObject("placeholders");
        for (String name : placeholders) {
            placeholderNode.putObject(name).putObject("secret").put("name", CLIENT_SECRETS).put("key", name);
        }
        spec.set("realm", publicRealm);
        return cr;
    }

    static JsonNode replaceLocalUrl(JsonNode node) {
        if (node.isTextual()) {
            return new TextNode(node.asText().replace(LOCAL_URL, PUBLIC_URL));
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            for (JsonNode item : node) {
                JsonNode replaced = replaceLocalUrl(item);
                // Other local addresses (the services' Swagger UI on their loopback ports) are for one host
                // only: a cluster exposes nothing but the gateway, so they are left out of the list.
                if (!(replaced.isTextual() && replaced.asText().contains("//localhost"))) {
                    copy.add(replaced);
                }
            }
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), replaceLocalUrl(field.getValue()));
            }
            return copy;
        }
        return node;
    }

    static ObjectNode resource(String apiVersion, String kind, String name) {
        ObjectNode resource = YAML.createObjectNode();
        resource.put("apiVersion", apiVersion);
        resource.put("kind", kind);
        ObjectNode metadata = resource.putObject("metadata");
        metadata.put("name", name);
        metadata.putObject("labels").put("app.kubernetes.io/part-of", UMBRELLA);
        return resource;
    }

    static void write(Path file, JsonNode document, String comment) throws IOException {
        writeAll(file, List.of(document), comment);
    }

    static void writeAll(Path file, List<JsonNode> documents, String comment) throws IOException {
        StringBuilder text = new StringBuilder("# Rendered by deploy/kubernetes/render.sh: do not edit.\n# ").append(comment).append('\n');
        for (JsonNode document : documents) {
            // Helm reads Chart.yaml and values.yaml as one document; a manifest file separates its documents.
            text.append(documents.size() > 1 ? "---\n" : "").append(YAML.writeValueAsString(document));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString());
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
