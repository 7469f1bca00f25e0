package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Partner findings through the REST API with tokens shaped like the realm's: carol and her organization's system
 * (freedom-network) against dave and his (safe-passage), an admin (alice), an analyst (bob).
 */
@QuarkusTest
class PartnerFindingTest {

    static final String CAROL = TestTokens.partner("carol", "tip-cli", "freedom-network");
    static final String FREEDOM_SYSTEM = TestTokens.partner("service-account-partner-freedom-network",
            "partner-freedom-network", "freedom-network");
    static final String DAVE = TestTokens.partner("dave", "tip-cli", "safe-passage");
    static final String SAFE_SYSTEM = TestTokens.partner("service-account-partner-safe-passage",
            "partner-safe-passage", "safe-passage");
    static final String NO_ORGANIZATION = TestTokens.partner("erin", "tip-cli", null);
    static final String ALICE = TestTokens.of("alice", "admin");
    static final String BOB = TestTokens.of("bob", "analyst");

    static Map<String, Object> source() {
        Map<String, Object> source = new HashMap<>();
        source.put("title", "Medical missions abroad: testimonies 2024");
        source.put("publisher", "Freedom Network");
        source.put("published", "2024-11-02");
        source.put("url", "https://freedom-network.example.org/reports/medical-missions-2024");
        source.put("section", "Findings");
        source.put("quote", "We spoke with 212 medical workers who had left the missions in 2024.");
        return source;
    }

    static Map<String, Object> statistic() {
        Map<String, Object> s = new HashMap<>();
        s.put("country", "CUB");
        s.put("metric", "medical workers interviewed after leaving the missions");
        s.put("year", 2024);
        s.put("value", 212);
        s.put("unit", "COUNT");
        s.put("qualifier", "EXACT");
        s.put("description", "Medical workers Freedom Network interviewed after they left the missions in 2024.");
        s.put("source", source());
        return s;
    }

    static Map<String, Object> pathway() {
        Map<String, Object> p = new HashMap<>();
        p.put("origin", "CUB");
        p.put("destination", "VEN");
        p.put("exploitation", List.of("FORCED_LABOR"));
        p.put("recruiter", "the state's medical mission agency");
        p.put("recruiterType", "STATE_LABOR_EXPORT_PROGRAM");
        p.put("means", List.of("PASSPORT_CONFISCATION", "WAGE_WITHHOLDING"));
        p.put("officialComplicity", true);
        p.put("description", "Medical workers sent to Venezuela whose passports were held by mission staff.");
        p.put("source", source());
        return p;
    }

    static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/partner-findings" + path);
    }

    static Response put(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/partner-findings" + path);
    }

    static String createdDraft(String token) {
        return post(token, "/statistics", statistic()).then().statusCode(201).extract().path("id");
    }

    static int version(String id) {
        return given().auth().oauth2(ALICE).get("/api/v1/partner-findings/" + id).then().statusCode(200)
                .extract().path("version");
    }

    static String published(String token) {
        String id = createdDraft(token);
        post(token, "/" + id + "/submit", Map.of("expectedVersion", 0)).then().statusCode(200);
        post(ALICE, "/" + id + "/publish", Map.of("expectedVersion", 1)).then().statusCode(200);
        return id;
    }

    static List<String> idsSeenBy(String token) {
        return given().auth().oauth2(token).get("/api/v1/partner-findings").then().statusCode(200)
                .extract().jsonPath().getList("id");
    }

    @Test
    void aDraftIsSeenOnlyByItsOwnOrganizationAndByAdminsAndAnalysts() {
        String id = createdDraft(CAROL);
        given().auth().oauth2(CAROL).get("/api/v1/partner-findings/" + id).then().statusCode(200)
                .body("state", equalTo("DRAFT")).body("version", equalTo(0))
                .body("organization", equalTo("freedom-network")).body("reporting", equalTo("NGO"))
                .body("statistic.reporting", equalTo("NGO")).body("statistic.value", equalTo(212))
                .body("statistic.sources[0].quote", equalTo(source().get("quote")))
                .body("history[0].by", nullValue());
        given().auth().oauth2(FREEDOM_SYSTEM).get("/api/v1/partner-findings/" + id).then().statusCode(200);
        for (String other : List.of(DAVE, SAFE_SYSTEM, NO_ORGANIZATION)) {
            given().auth().oauth2(other).get("/api/v1/partner-findings/" + id).then().statusCode(404);
            assertEquals(false, idsSeenBy(other).contains(id));
        }
        given().auth().oauth2(BOB).get("/api/v1/partner-findings/" + id).then().statusCode(200)
                .body("history[0].by", equalTo("carol")).body("history[0].at", notNullValue());
        assertEquals(true, idsSeenBy(ALICE).contains(id));
        assertEquals(true, idsSeenBy(CAROL).contains(id));
        // Newest first, as many as asked.
        given().auth().oauth2(CAROL).queryParam("limit", 1).get("/api/v1/partner-findings").then().statusCode(200)
                .body("id", contains(id));
    }

    @Test
    void aPublishedFindingIsServedToEveryPartnerAsNgoNamedByItsOrganizationAndNeverAmongTheOfficialFigures() {
        String officialBefore = given().auth().oauth2(DAVE).queryParam("country", "CUB").get("/api/v1/statistics")
                .then().statusCode(200).extract().asString();
        String id = published(CAROL);
        given().auth().oauth2(DAVE).queryParam("organization", "freedom-network").queryParam("state", "PUBLISHED")
                .get("/api/v1/partner-findings").then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.organization", equalTo("freedom-network"))
                .body("find { it.id == '" + id + "' }.reporting", equalTo("NGO"))
                .body("find { it.id == '" + id + "' }.statistic.countryCode", equalTo("CUB"))
                .body("find { it.id == '" + id + "' }.publishedAt", notNullValue())
                .body("find { it.id == '" + id + "' }.history.by", everyItem(nullValue()));
        given().auth().oauth2(SAFE_SYSTEM).queryParam("country", "CUB").get("/api/v1/partner-findings")
                .then().statusCode(200).body("id", hasItem(id));
        String officialAfter = given().auth().oauth2(DAVE).queryParam("country", "CUB").get("/api/v1/statistics")
                .then().statusCode(200).extract().asString();
        assertEquals(officialBefore, officialAfter);
        given().auth().oauth2(DAVE).get("/api/v1/statistics/" + id).then().statusCode(404);
        // Who published it and when: admins and analysts.
        given().auth().oauth2(ALICE).get("/api/v1/partner-findings/" + id).then().statusCode(200)
                .body("history.state", contains("DRAFT", "SUBMITTED", "PUBLISHED"))
                .body("history.by", contains("carol", "carol", "alice"))
                .body("history.version", contains(0, 1, 2));
    }

    @Test
    void aPublishedFindingNeverChangesAgain() {
        String id = published(CAROL);
        Map<String, Object> edit = statistic();
        edit.put("expectedVersion", 2);
        put(CAROL, "/statistics/" + id, edit).then().statusCode(409);
        post(ALICE, "/" + id + "/return", Map.of("expectedVersion", 2, "reason", "late doubts")).then().statusCode(409);
        post(CAROL, "/" + id + "/submit", Map.of("expectedVersion", 2)).then().statusCode(409);
        // Another organization sees it but may not touch it.
        put(DAVE, "/statistics/" + id, edit).then().statusCode(403);
        assertEquals(2, version(id));
    }

    @Test
    void aReturnedFindingCarriesTheReasonAndIsEditedAndSubmittedAgainByItsOrganization() {
        String id = createdDraft(FREEDOM_SYSTEM);
        post(CAROL, "/" + id + "/submit", Map.of("expectedVersion", 0)).then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("submittedAt", notNullValue());
        post(ALICE, "/" + id + "/return", Map.of("expectedVersion", 1, "reason", " ")).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        post(ALICE, "/" + id + "/return", Map.of("expectedVersion", 1, "reason", "Which months of 2024?"))
                .then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("returnReason", equalTo("Which months of 2024?"));
        Map<String, Object> edit = statistic();
        edit.put("description", "Interviewed between March and October 2024.");
        edit.put("expectedVersion", 2);
        put(CAROL, "/statistics/" + id, edit).then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("version", equalTo(3))
                .body("statistic.description", equalTo("Interviewed between March and October 2024."));
        post(CAROL, "/" + id + "/submit", Map.of("expectedVersion", 3)).then().statusCode(200)
                .body("returnReason", nullValue());
        given().auth().oauth2(BOB).get("/api/v1/partner-findings/" + id).then().statusCode(200)
                .body("history.state", contains("DRAFT", "SUBMITTED", "RETURNED", "RETURNED", "SUBMITTED"))
                .body("history.by", contains("service-account-partner-freedom-network", "carol", "alice", "carol", "carol"))
                .body("history[2].reason", equalTo("Which months of 2024?"));
    }

    @Test
    void onlyAdminsPublishOrReturnAndOnlyTheOrganizationSubmits() {
        String id = createdDraft(CAROL);
        post(DAVE, "/" + id + "/submit", Map.of("expectedVersion", 0)).then().statusCode(404);
        post(CAROL, "/" + id + "/submit", Map.of("expectedVersion", 0)).then().statusCode(200);
        post(CAROL, "/" + id + "/publish", Map.of("expectedVersion", 1)).then().statusCode(403);
        post(BOB, "/" + id + "/publish", Map.of("expectedVersion", 1)).then().statusCode(403);
        post(ALICE, "/" + id + "/publish", Map.of("expectedVersion", 0)).then().statusCode(409);
        assertEquals(1, version(id));
        given().auth().oauth2(DAVE).get("/api/v1/partner-findings/" + id).then().statusCode(404);
    }

    @Test
    void aCallerWithoutExactlyOneOrganizationCannotContribute() {
        String twoOrganizations = Jwt.preferredUserName("frank").subject("frank").audience("tip-services")
                .claim("azp", "tip-cli").claim("realm_access", Map.of("roles", List.of("partner")))
                .claim("organization", List.of("freedom-network", "safe-passage")).expiresIn(3600)
                .jws().sign("test-signing-key.pem");
        int before = idsSeenBy(ALICE).size();
        post(NO_ORGANIZATION, "/statistics", statistic()).then().statusCode(403);
        post(twoOrganizations, "/statistics", statistic()).then().statusCode(403);
        post(ALICE, "/statistics", statistic()).then().statusCode(403);
        post(BOB, "/statistics", statistic()).then().statusCode(403);
        assertEquals(before, idsSeenBy(ALICE).size());
    }

    @Test
    void racingEditsOfOneDraftHaveOneWinnerAndTheOthersGet409() throws Exception {
        String id = createdDraft(CAROL);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Map<String, Object> edit = statistic();
                edit.put("value", 300 + i);
                edit.put("expectedVersion", 0);
                edits.add(() -> put(CAROL, "/statistics/" + id, edit).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(edits)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(ALICE).get("/api/v1/partner-findings/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("history.size()", equalTo(2));
        Map<String, Object> stale = statistic();
        stale.put("expectedVersion", 0);
        put(CAROL, "/statistics/" + id, stale).then().statusCode(409);
        assertEquals(1, version(id));
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        int before = idsSeenBy(ALICE).size();
        Map<String, Map<String, Object>> cases = new HashMap<>();
        Map<String, Object> noQuote = statistic();
        Map<String, Object> source = source();
        source.remove("quote");
        noQuote.put("source", source);
        cases.put("source.quote", noQuote);
        Map<String, Object> badLink = statistic();
        source = source();
        source.put("url", "ftp://example.org/x");
        badLink.put("source", badLink.get("source") == null ? null : source);
        cases.put("source.url", badLink);
        Map<String, Object> unknownCountry = statistic();
        unknownCountry.put("country", "XXX");
        cases.put("country", unknownCountry);
        Map<String, Object> upsideDown = statistic();
        upsideDown.put("upperValue", 100);
        cases.put("rangeOrdered", upsideDown);
        Map<String, Object> noValue = statistic();
        noValue.remove("value");
        cases.put("consistent", noValue);
        Map<String, Object> percent = statistic();
        percent.put("unit", "PERCENT");
        cases.put("percentInRange", percent);
        Map<String, Object> noMetric = statistic();
        noMetric.put("metric", " ");
        cases.put("metric", noMetric);
        Map<String, Object> versioned = statistic();
        versioned.put("expectedVersion", 3);
        cases.put("expectedVersion", versioned);
        cases.forEach((field, body) -> post(CAROL, "/statistics", body).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field)));

        Map<String, Object> badMeans = pathway();
        badMeans.put("means", List.of("DEBT_BONDAGE", "CHARM"));
        post(CAROL, "/pathways", badMeans).then().statusCode(400).body("violations[0].field", equalTo("means[1]"));
        Map<String, Object> noEnd = pathway();
        noEnd.remove("destination");
        post(CAROL, "/pathways", noEnd).then().statusCode(400).body("violations.field", hasItem("endsNamed"));
        Map<String, Object> badUnit = statistic();
        badUnit.put("unit", "LITRES");
        post(CAROL, "/statistics", badUnit).then().statusCode(400).body("violations[0].field", equalTo("unit"));
        assertEquals(before, idsSeenBy(ALICE).size());
        given().auth().oauth2(ALICE).queryParam("limit", 0).get("/api/v1/partner-findings").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(ALICE).queryParam("state", "LOST").get("/api/v1/partner-findings").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));

        // An edit with bad input changes nothing either.
        String id = createdDraft(CAROL);
        upsideDown.put("expectedVersion", 0);
        put(CAROL, "/statistics/" + id, upsideDown).then().statusCode(400);
        Map<String, Object> noVersion = statistic();
        put(CAROL, "/statistics/" + id, noVersion).then().statusCode(400)
                .body("violations[0].field", equalTo("expectedVersion"));
        given().auth().oauth2(CAROL).get("/api/v1/partner-findings/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("statistic.upperValue", nullValue());
    }

    @Test
    void aPathwayGoesThroughTheSameReviewInTheOfficialShape() {
        String id = post(SAFE_SYSTEM, "/pathways", pathway()).then().statusCode(201)
                .body("kind", equalTo("PATHWAY")).body("organization", equalTo("safe-passage"))
                .body("pathway.origin", equalTo("CUB")).body("pathway.means", contains("PASSPORT_CONFISCATION", "WAGE_WITHHOLDING"))
                .body("pathway.periodStartPrecision", equalTo("NOT_STATED"))
                .body("statistic", nullValue())
                .extract().path("id");
        given().auth().oauth2(CAROL).get("/api/v1/partner-findings/" + id).then().statusCode(404);
        Map<String, Object> edit = pathway();
        edit.put("destination", "RUS");
        edit.put("expectedVersion", 0);
        put(DAVE, "/pathways/" + id, edit).then().statusCode(200).body("pathway.destination", equalTo("RUS"));
        put(DAVE, "/statistics/" + id, statistic()).then().statusCode(400);
        post(DAVE, "/" + id + "/submit", Map.of("expectedVersion", 1)).then().statusCode(200);
        post(ALICE, "/" + id + "/publish", Map.of("expectedVersion", 2)).then().statusCode(200);
        given().auth().oauth2(CAROL).queryParam("kind", "PATHWAY").queryParam("country", "RUS")
                .get("/api/v1/partner-findings").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(CAROL).queryParam("country", "RUS").get("/api/v1/pathways").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }
}
