package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of the running stack (issue 15): metrics on each management port, one trace
 * through the gateway and the services it calls, and an access log naming who asked, never with the token.
 */
class ObservabilityTest {

    /** The management ports (quarkus.management.port), where /q/metrics is served. */
    static final Map<Stack, Integer> MANAGEMENT = Map.of(Stack.GATEWAY, 9080, Stack.COUNTRY, 9081, Stack.VICTIM, 9082,
            Stack.RECOMMENDATION, 9083);
    /** Asks every service: countries (country-service), statistics (victim-service), recommendations. */
    static final String EVERY_SERVICE = "{ countries(tier: TIER_3, year: 2025) { code assessment { tier } "
            + "statistics { id } recommendations { id } } }";
    static final Pattern URI_LABEL = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    @Test
    void metricsAreServedOnTheManagementPortsAndNotOnTheApiPorts() {
        for (Stack part : Stack.values()) {
            String metrics = metrics(part);
            assertThat(metrics).as(part + " metrics").contains("http_server_requests_seconds_count")
                    .contains("jvm_memory_used_bytes");
            given().get(part.url("/q/metrics")).then().statusCode(404);
        }
        for (Stack service : List.of(Stack.COUNTRY, Stack.VICTIM, Stack.RECOMMENDATION)) {
            assertThat(metrics(service)).as(service + " pool").contains("agroal_active_count");
        }
    }

    @Test
    void httpMetricsNameTheEndpointsTemplateNeverAnId() {
        given().auth().oauth2(Realm.user("alice")).get(Stack.COUNTRY.url("/api/v1/countries/NGA")).then()
                .statusCode(200);
        given().auth().oauth2(Realm.user("alice")).get(Stack.COUNTRY.url("/api/v1/countries/NGA/assessments")).then()
                .statusCode(200);
        Set<String> uris = new TreeSet<>();
        Matcher m = URI_LABEL.matcher(metrics(Stack.COUNTRY));
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertThat(uris).contains("/api/v1/countries/{code}", "/api/v1/countries/{code}/assessments");
        assertThat(uris).noneMatch(uri -> uri.contains("/NGA"));
    }

    @Test
    void theGatewayCountsItsCallsPerServiceItsGuardsAndItsOperations() {
        Graph.query(Realm.user("alice"), EVERY_SERVICE);
        String metrics = metrics(Stack.GATEWAY);
        for (String service : List.of("country-service", "victim-service", "recommendation-service")) {
            assertThat(metrics).as(service).containsPattern(
                    "tip_downstream_calls_seconds_count\\{[^}]*service=\"" + service + "\"[^}]*status=\"2xx\"");
        }
        // The guards' metrics name the client method they guard (its breaker's state, open or not).
        for (String client : List.of("CountryClient", "VictimClient", "RecommendationClient")) {
            assertThat(metrics).as(client + " guard").containsPattern(
                    "ft_invocations_total\\{[^}]*method=\"[^\"]*" + client)
                    .containsPattern("ft_circuitbreaker_state_current\\{[^}]*method=\"[^\"]*" + client);
        }
        assertThat(metrics).contains("mp_graphql_seconds_count")
                .contains("http_server_requests_seconds_count{method=\"POST\"");
    }

    @Test
    void partnerCaseQueriesAreCountedByDisclosureControl() {
        Response answer = Graph.query(Realm.partnerSystem(), "{ caseStatistics(groupBy: [YEAR]) { total } }");
        assertThat(answer.jsonPath().getList("errors")).as(answer.asString()).isNull();
        String metrics = metrics(Stack.VICTIM);
        assertThat(metrics).containsPattern("tip_disclosure_partner_queries_total\\{[^}]*outcome=\"answered\"")
                .contains("tip_disclosure_cells_total").contains("tip_case_imports_total");
    }

    @Test
    void oneGraphQueryIsOneTraceThroughTheGatewayAndEveryServiceItCalled() throws IOException {
        String traceId = newTraceId();
        given().auth().oauth2(Realm.user("alice")).contentType("application/json")
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-01")
                .body(Map.of("query", EVERY_SERVICE)).post(Stack.GATEWAY.url("/graphql")).then().statusCode(200);
        for (String log : List.of("gateway", "country-service", "victim-service", "recommendation-service")) {
            assertThat(accessLines(log, "trace=" + traceId)).as(log + " access lines of trace " + traceId)
                    .isNotEmpty();
        }
    }

    @Test
    void theAccessLogNamesTheCallersSubjectAndOrganizationAndNeverTheToken() throws IOException {
        String token = Realm.user("carol");
        String traceId = newTraceId();
        given().auth().oauth2(token).contentType("application/json")
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-01")
                .body(Map.of("query", ExposureTest.PARTNER_QUERY)).post(Stack.GATEWAY.url("/graphql")).then()
                .statusCode(200);
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        // carol is a member of the demo organization freedom-network (Keycloak Organizations).
        assertThat(claims.path("organization").path(0).asText()).isEqualTo("freedom-network");
        for (String log : List.of("gateway", "country-service")) {
            List<String> lines = accessLines(log, "trace=" + traceId);
            assertThat(lines).as(log).isNotEmpty().allSatisfy(line -> {
                assertThat(line).contains("sub=" + claims.get("sub").asText()).doesNotContain(token)
                        .doesNotContain(token.split("\\.")[1]).doesNotContain("carol@");
                assertThat(line).contains("org=freedom-network");
            });
        }
    }

    @Test
    void prometheusScrapesEveryServiceAndTheGateway() throws InterruptedException {
        Response targets;
        try {
            targets = given().get("http://localhost:9090/api/v1/targets");
        } catch (RuntimeException e) {
            targets = null;
        }
        assumeTrue(targets != null && targets.statusCode() == 200,
                "Prometheus is not running (deploy/run.sh --prometheus; deploy/test.sh starts it)");
        List<String> up = List.of();
        // Waits for the first scrapes (every 15 s) to have happened; the stack may have just started.
        for (int attempt = 0; attempt < 45; attempt++) {
            up = given().get("http://localhost:9090/api/v1/targets").jsonPath()
                    .getList("data.activeTargets.findAll { it.health == 'up' }.labels.app");
            if (up.size() == 4) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(up).containsExactlyInAnyOrder("gateway", "country-service", "victim-service",
                "recommendation-service");
    }

    static String metrics(Stack part) {
        return given().get("http://localhost:" + MANAGEMENT.get(part) + "/q/metrics").then().statusCode(200)
                .extract().asString();
    }

    /** The access-log lines of one part of the stack (.run/logs) holding the text, waiting briefly for them. */
    static List<String> accessLines(String log, String text) throws IOException {
        Path file = StackLogsTest.ROOT.resolve(".run/logs/" + log + ".log");
        List<String> found = new ArrayList<>();
        for (int attempt = 0; attempt < 20 && found.isEmpty(); attempt++) {
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                if (line.contains("access-log") && line.contains(text)) {
                    found.add(line);
                }
            }
            if (found.isEmpty()) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return found;
    }

    static String newTraceId() {
        return HexFormat.of().formatHex(random(16));
    }

    static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }
}
