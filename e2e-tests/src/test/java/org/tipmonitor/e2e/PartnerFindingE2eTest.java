package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partner findings (issue 12) on the real stack with Keycloak's real tokens: carol (freedom-network) and her
 * organization's system against dave (safe-passage) and his, alice (admin), bob (analyst); through the gateway
 * and directly at victim-service. The stack's database lives on between runs, so each test writes its own
 * findings and looks for them by id.
 */
class PartnerFindingE2eTest {

    static final String FINDINGS = Stack.VICTIM.url("/api/v1/partner-findings");
    static final String FIELDS = """
            id kind state version reporting returnReason submittedAt publishedAt contributedBy { id name }
            statistic { id countryCode value reporting citations { quote source { title publisher url } } }
            history { state version at by }""";
    static final String SAVE = """
            mutation { savePartnerStatistic(%s input: {country: "CUB", metric: "medical workers interviewed",
              year: 2024, value: %d, unit: COUNT, qualifier: EXACT,
              description: "Medical workers interviewed after leaving the missions (end-to-end test).",
              source: {title: "Medical missions abroad: testimonies 2024", publisher: "Freedom Network",
                published: "2024-11-02", url: "https://freedom-network.example.org/reports/2024",
                quote: "%s"}}) { %s } }""";
    static final String QUOTE = "We spoke with 212 medical workers who had left the missions in 2024.";

    static String carol;
    static String dave;
    static String alice;
    static String bob;
    static String freedomSystem;
    static String safeSystem;

    @BeforeAll
    static void tokens() {
        carol = Realm.user("carol");
        dave = Realm.user("dave");
        alice = Realm.user("alice");
        bob = Realm.user("bob");
        freedomSystem = Realm.partnerSystem();
        safeSystem = Realm.safePassageSystem();
        Graph.warmUp(alice);
    }

    static JsonPath graph(String token, String query) {
        return Graph.query(token, query).jsonPath();
    }

    static String draft(String token, int value) {
        JsonPath created = graph(token, SAVE.formatted("", value, QUOTE, FIELDS));
        assertThat(created.getList("errors")).isNull();
        assertThat(created.getString("data.savePartnerStatistic.state")).isEqualTo("DRAFT");
        return created.getString("data.savePartnerStatistic.id");
    }

    static boolean seesInGraph(String token, String id) {
        JsonPath answer = graph(token, "{ partnerFindings { id } }");
        assertThat(answer.getList("errors")).isNull();
        return answer.getList("data.partnerFindings.id").contains(id);
    }

    static int restStatus(String token, String id) {
        return given().auth().oauth2(token).get(FINDINGS + "/" + id).statusCode();
    }

    static List<String> restList(String token) {
        return given().auth().oauth2(token).get(FINDINGS).then().statusCode(200).extract().jsonPath().getList("id");
    }

    /** The official figures as a partner reads them, directly and through the graph. */
    static String officialFigures() {
        String rest = given().auth().oauth2(dave).queryParam("country", "CUB").get(Stack.VICTIM.url("/api/v1/statistics"))
                .then().statusCode(200).extract().asString();
        JsonPath graph = graph(dave, "{ country(code: \"CUB\") { statistics { id value reporting } "
                + "recruitmentPathways { id } } }");
        assertThat(graph.getList("errors")).isNull();
        return rest + graph.getString("data");
    }

    @Test
    void aDraftIsInvisibleToAnotherOrganizationAndItsSystemButSeenByAdminsAndAnalysts() {
        String id = draft(carol, 212);
        for (String other : List.of(dave, safeSystem)) {
            assertThat(restStatus(other, id)).isEqualTo(404);
            assertThat(restList(other)).doesNotContain(id);
            assertThat(seesInGraph(other, id)).isFalse();
        }
        for (String reader : List.of(carol, freedomSystem, alice, bob)) {
            assertThat(restStatus(reader, id)).isEqualTo(200);
            assertThat(restList(reader)).contains(id);
            assertThat(seesInGraph(reader, id)).isTrue();
        }
        // Another organization cannot submit it either: for them it does not exist.
        JsonPath submit = graph(dave, "mutation { submitPartnerFinding(id: \"" + id + "\", expectedVersion: 0) { id } }");
        assertThat(submit.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void aPublishedFindingIsSeenByEveryPartnerAsNgoNamedByItsOrganizationAndTheOfficialFiguresDoNotChange() {
        String before = officialFigures();
        String id = draft(freedomSystem, 212);
        JsonPath submitted = graph(carol, "mutation { submitPartnerFinding(id: \"" + id + "\", expectedVersion: 0) { "
                + FIELDS + " } }");
        assertThat(submitted.getList("errors")).isNull();
        assertThat(submitted.getString("data.submitPartnerFinding.state")).isEqualTo("SUBMITTED");
        JsonPath refused = graph(carol, "mutation { publishPartnerFinding(id: \"" + id + "\", expectedVersion: 1) { id } }");
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        JsonPath published = graph(alice, "mutation { publishPartnerFinding(id: \"" + id + "\", expectedVersion: 1) { "
                + FIELDS + " } }");
        assertThat(published.getList("errors")).isNull();
        assertThat(published.getList("data.publishPartnerFinding.history.by", String.class))
                .containsExactly("service-account-partner-freedom-network", "carol", "alice");

        for (String partner : List.of(dave, safeSystem)) {
            JsonPath seen = graph(partner, "{ partnerFindings(organization: \"freedom-network\", state: PUBLISHED) { "
                    + FIELDS + " } }");
            assertThat(seen.getList("errors")).isNull();
            String finding = "data.partnerFindings.find { it.id == '" + id + "' }";
            assertThat(seen.getString(finding + ".reporting")).isEqualTo("NGO");
            assertThat(seen.getString(finding + ".statistic.reporting")).isEqualTo("NGO");
            assertThat(seen.getString(finding + ".contributedBy.id")).isEqualTo("freedom-network");
            assertThat(seen.getString(finding + ".statistic.citations[0].quote")).isEqualTo(QUOTE);
            assertThat(seen.getString(finding + ".publishedAt")).isNotNull();
            // Who took the steps is for admins and analysts.
            assertThat(seen.getList(finding + ".history.by")).containsOnlyNulls();
            given().auth().oauth2(partner).get(FINDINGS + "/" + id).then().statusCode(200)
                    .body("reporting", org.hamcrest.Matchers.equalTo("NGO"))
                    .body("organization", org.hamcrest.Matchers.equalTo("freedom-network"));
        }
        assertThat(officialFigures()).isEqualTo(before);
        given().auth().oauth2(dave).get(Stack.VICTIM.url("/api/v1/statistics/" + id)).then().statusCode(404);
        // Published is final.
        JsonPath again = graph(alice, "mutation { returnPartnerFinding(id: \"" + id + "\", expectedVersion: 2, "
                + "reason: \"second thoughts\") { id } }");
        assertThat(again.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
    }

    @Test
    void racingEditsOfOneDraftHaveOneWinnerAndTheOthersAConflict() throws Exception {
        String id = draft(carol, 212);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<JsonPath>> edits = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                String edit = SAVE.formatted("id: \"" + id + "\", expectedVersion: 0,", 300 + i, QUOTE, "id version");
                edits.add(pool.submit(() -> graph(carol, edit)));
            }
            int won = 0;
            int conflicts = 0;
            for (Future<JsonPath> edit : edits) {
                JsonPath answer = edit.get();
                if (answer.getList("errors") == null) {
                    won++;
                    assertThat(answer.getInt("data.savePartnerStatistic.version")).isEqualTo(1);
                } else if ("CONFLICT".equals(answer.getString("errors[0].extensions.code"))) {
                    conflicts++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(conflicts).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        // A stale version directly at the service: 409.
        given().auth().oauth2(carol).contentType("application/json")
                .body(Map.of("expectedVersion", 0)).post(FINDINGS + "/" + id + "/submit").then().statusCode(409);
        given().auth().oauth2(bob).get(FINDINGS + "/" + id).then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(1)).body("state", org.hamcrest.Matchers.equalTo("DRAFT"));
    }

    @Test
    void badInputAndCallersWithoutAnOrganizationAreRefusedAndWriteNothing() {
        String newest = newest();
        JsonPath noQuote = graph(carol, SAVE.formatted("", 212, " ", "id"));
        assertThat(noQuote.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(noQuote.getString("errors[0].message")).contains("source.quote");
        JsonPath unknownCountry = graph(carol, SAVE.formatted("", 212, QUOTE, "id").replace("\"CUB\"", "\"XXX\""));
        assertThat(unknownCountry.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(unknownCountry.getString("errors[0].message")).contains("country");
        given().auth().oauth2(dave).contentType("application/json")
                .body(Map.of("country", "CUB", "metric", "m", "value", 5, "upperValue", 2, "unit", "COUNT",
                        "description", "d", "source", Map.of("title", "t", "publisher", "p", "published", "2024-01-01",
                                "url", "https://example.org/" + UUID.randomUUID(), "quote", "q")))
                .post(FINDINGS + "/statistics").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem("rangeOrdered"));
        for (String outsider : List.of(alice, bob)) {
            JsonPath refused = graph(outsider, SAVE.formatted("", 212, QUOTE, "id"));
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        }
        assertThat(newest()).isEqualTo(newest);
    }

    /** The newest partner finding, as an admin sees them all (newest first). */
    static String newest() {
        List<String> ids = given().auth().oauth2(alice).queryParam("limit", 1).get(FINDINGS).then().statusCode(200)
                .extract().jsonPath().getList("id");
        return ids.isEmpty() ? null : ids.get(0);
    }
}
