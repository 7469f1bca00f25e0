package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit history on the running stack (issue 15): a change an admin makes with a real token is kept
 * under that admin's user name; admins and analysts read it through country-service and as {@code history}
 * on an assessment in the graph; partners, people and systems alike, are refused on both. The assessment
 * changed is a test country's report year nobody else reads.
 */
class AuditHistoryE2eTest {

    static final String CODE = "ZAH";
    static final int YEAR = 2002;
    static final String GRAPH_HISTORY = """
            { country(code: "%s") { assessment(year: %d) { reportYear
                history { revision changedAt changedBy change assessment { reportYear tier } } } } }""";

    static Map<String, Object> assessment(String summary, Integer version) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "reportYear", YEAR, "tier", "TIER_2", "policyOrPattern", false, "summary", summary,
                "sources", List.of(Map.of("source", "tip-2025-cuba", "section", "Introduction",
                        "quote", "this State Department Office released its 2025 report on Trafficking in Persons."))));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    /** The test country and its assessment, unless an earlier run made them (409). */
    static void ensureTestAssessment(String admin) {
        int country = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", CODE, "name", "Audit Testland", "region", "Europe"))
                .post(Stack.COUNTRY.url("/api/v1/countries")).statusCode();
        assertThat(country).isIn(201, 409);
        int created = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(assessment("created by the audit test", null))
                .post(Stack.COUNTRY.url("/api/v1/countries/" + CODE + "/assessments")).statusCode();
        assertThat(created).isIn(201, 409);
    }

    @Test
    void anAdminsChangeIsKeptUnderTheirNameAndReadOnTheApiAndTheGraph() {
        String alice = Realm.user("alice");
        ensureTestAssessment(alice);
        int version = given().auth().oauth2(alice).get(Stack.COUNTRY.url("/api/v1/countries/" + CODE + "/assessments/" + YEAR))
                .then().statusCode(200).extract().path("version");
        String summary = "Changed by the audit test, " + UUID.randomUUID();
        given().auth().oauth2(alice).contentType(ContentType.JSON).body(assessment(summary, version))
                .put(Stack.COUNTRY.url("/api/v1/countries/" + CODE + "/assessments/" + YEAR)).then().statusCode(200);

        JsonPath rest = given().auth().oauth2(Realm.user("bob"))
                .get(Stack.COUNTRY.url("/api/v1/countries/" + CODE + "/assessments/" + YEAR + "/history"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(rest.getString("[0].changedBy")).isEqualTo("alice");
        assertThat(rest.getString("[0].change")).isEqualTo("CHANGED");
        assertThat(rest.getString("[0].state.summary")).isEqualTo(summary);
        assertThat(rest.getInt("[0].state.version")).isEqualTo(version + 1);
        assertThat(rest.getList("change")).last().isEqualTo("ADDED");

        for (String reader : List.of("alice", "bob")) {
            JsonPath graph = Graph.query(Realm.user(reader), GRAPH_HISTORY.formatted(CODE, YEAR)).jsonPath();
            assertThat(graph.getList("errors")).as(reader).isNull();
            List<Map<String, Object>> history = graph.getList("data.country.assessment.history");
            assertThat(history).as(reader).hasSizeGreaterThanOrEqualTo(2);
            assertThat(history.get(0)).containsEntry("changedBy", "alice").containsEntry("change", "CHANGED")
                    .containsEntry("revision", rest.getInt("[0].revision"));
            assertThat(history.get(0).get("changedAt")).isNotNull();
            assertThat(graph.getInt("data.country.assessment.history[0].assessment.reportYear")).isEqualTo(YEAR);
        }
    }

    @Test
    void partnersAreRefusedTheHistoryOnTheGraphAndTheApi() {
        for (String partner : List.of(Realm.user("carol"), Realm.partnerSystem())) {
            String answer = Graph.query(partner, GRAPH_HISTORY.formatted("CUB", 2025)).asString();
            JsonPath graph = JsonPath.from(answer);
            assertThat(graph.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
            assertThat(graph.getString("errors[0].path")).contains("history");
            assertThat(answer).doesNotContain("changedBy").doesNotContain("\"dataset\"");

            given().auth().oauth2(partner)
                    .get(Stack.COUNTRY.url("/api/v1/countries/CUB/assessments/2025/history"))
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(partner).get(Stack.COUNTRY.url("/api/v1/assessments/history?country=CUB"))
                    .then().statusCode(403);
        }
    }
}
