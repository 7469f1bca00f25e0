package org.tipmonitor.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tipmonitor.recommendation.PartnerTokens.ALICE;
import static org.tipmonitor.recommendation.PartnerTokens.BOB;
import static org.tipmonitor.recommendation.PartnerTokens.CAROL;
import static org.tipmonitor.recommendation.PartnerTokens.DAVE;
import static org.tipmonitor.recommendation.PartnerTokens.LONE_PARTNER;
import static org.tipmonitor.recommendation.PartnerTokens.TWO_ORGANIZATIONS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Partner assessments on the real database, with tokens carrying the organization claim: who sees which,
 * the review's moves, version checks, racing edits, and bad input that writes nothing.
 */
@QuarkusTest
class PartnerAssessmentTest {

    static final String PATH = "/api/v1/partner-assessments";

    static Map<String, Object> body(String recommendation, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("recommendationId", recommendation);
        body.put("status", "IN_PROGRESS");
        body.put("note", note);
        body.put("evidenceUrls", List.of("https://freedom.example/report-2026"));
        body.put("asOf", "2026-06-30");
        return body;
    }

    static ValidatableResponse send(String token, String method, String path, Object body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path).then();
    }

    static JsonPath create(String token, String recommendation, String note) {
        return send(token, "POST", PATH, body(recommendation, note)).statusCode(201).extract().jsonPath();
    }

    static List<Long> ids(String token, String query) {
        return send(token, "GET", PATH + query, null).statusCode(200).extract().jsonPath().getList("id", Long.class);
    }

    static Map<String, Object> version(int version) {
        return Map.of("expectedVersion", version);
    }

    @Test
    void aDraftIsSeenByItsOrganizationAdminsAndAnalystsButNotByAnotherOrganization() {
        JsonPath draft = create(CAROL, "RUS-2025-04", "carol's draft");
        long id = draft.getLong("id");
        assertEquals("DRAFT", draft.getString("state"));
        assertEquals("freedom-network", draft.getString("organization.id"));
        assertEquals(0, draft.getInt("version"));
        assertEquals(null, draft.getString("createdBy"), "partners do not see who wrote");

        send(DAVE, "GET", PATH + "/" + id, null).statusCode(404);
        assertEquals(false, ids(DAVE, "?recommendation=RUS-2025-04").contains(id));
        assertEquals(false, ids(DAVE, "?organization=freedom-network").contains(id));
        assertEquals(false, ids(LONE_PARTNER, "").contains(id));
        assertEquals(false, ids(TWO_ORGANIZATIONS, "").contains(id), "several organizations: published only");
        assertEquals(true, ids(CAROL, "?state=DRAFT").contains(id));
        assertEquals(true, ids(BOB, "?organization=freedom-network&state=DRAFT").contains(id));
        send(ALICE, "GET", PATH + "/" + id, null).statusCode(200).body("createdBy", equalTo("carol"));
        send(BOB, "GET", PATH + "/" + id, null).statusCode(200).body("createdBy", equalTo("carol"));
        // Another organization cannot learn that the draft exists by writing to it either.
        send(DAVE, "PUT", PATH + "/" + id, new HashMap<>(body("RUS-2025-04", "dave's edit")) {{
            put("expectedVersion", 0);
        }}).statusCode(404);
        send(DAVE, "POST", PATH + "/" + id + "/submit", version(0)).statusCode(404);
        send(CAROL, "GET", PATH + "/" + id, null).statusCode(200).body("note", equalTo("carol's draft"));
    }

    @Test
    void aDraftIsEditedWithItsVersionSubmittedPublishedAndThenAppendOnly() {
        long id = create(CAROL, "RUS-2025-05", "first words").getLong("id");
        Map<String, Object> edit = body("RUS-2025-05", "second words");
        edit.put("expectedVersion", 3);
        send(CAROL, "PUT", PATH + "/" + id, edit).statusCode(409).contentType("application/problem+json");
        edit.put("expectedVersion", 0);
        send(CAROL, "PUT", PATH + "/" + id, edit).statusCode(200).body("version", equalTo(1))
                .body("note", equalTo("second words"));

        send(CAROL, "POST", PATH + "/" + id + "/submit", version(1)).statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("version", equalTo(2)).body("submittedAt", not(nullValue()));
        edit.put("expectedVersion", 2);
        send(CAROL, "PUT", PATH + "/" + id, edit).statusCode(409);
        send(CAROL, "POST", PATH + "/" + id + "/publish", version(2)).statusCode(403);
        send(BOB, "POST", PATH + "/" + id + "/publish", version(2)).statusCode(403);
        assertEquals(false, ids(DAVE, "?state=SUBMITTED").contains(id));

        send(ALICE, "POST", PATH + "/" + id + "/publish", version(2)).statusCode(200)
                .body("state", equalTo("PUBLISHED")).body("version", equalTo(3))
                .body("reviews.state", contains("SUBMITTED", "PUBLISHED")).body("reviews.by", contains("carol", "alice"));
        send(DAVE, "GET", PATH + "/" + id, null).statusCode(200)
                .body("organization.id", equalTo("freedom-network")).body("state", equalTo("PUBLISHED"))
                .body("reviews.by", contains(nullValue(), nullValue()));
        assertEquals(true, ids(DAVE, "?recommendation=RUS-2025-05").contains(id));
        assertEquals(true, ids(LONE_PARTNER, "?state=PUBLISHED").contains(id));

        edit.put("expectedVersion", 3);
        send(CAROL, "PUT", PATH + "/" + id, edit).statusCode(409).body("detail", containsString("PUBLISHED"));
        send(DAVE, "PUT", PATH + "/" + id, edit).statusCode(403);
        send(ALICE, "POST", PATH + "/" + id + "/return", Map.of("expectedVersion", 3, "reason", "late")).statusCode(409);
        // The official record is untouched.
        given().header("Authorization", ALICE).get("/api/v1/recommendations/RUS-2025-05").then().statusCode(200)
                .body("version", equalTo(0)).body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void aReturnedAssessmentCarriesItsReasonIsEditedAndSubmittedAgain() {
        long id = create(DAVE, "CUB-2025-01", "dave's view").getLong("id");
        send(DAVE, "POST", PATH + "/" + id + "/submit", version(0)).statusCode(200);
        send(ALICE, "POST", PATH + "/" + id + "/return", version(1)).statusCode(400)
                .body("violations.field", contains("reason"));
        send(ALICE, "POST", PATH + "/" + id + "/return", Map.of("expectedVersion", 1, "reason", " ")).statusCode(400);
        send(ALICE, "GET", PATH + "/" + id, null).body("state", equalTo("SUBMITTED")).body("version", equalTo(1));
        send(ALICE, "POST", PATH + "/" + id + "/return", Map.of("expectedVersion", 1, "reason", "Cite the decree"))
                .statusCode(200).body("state", equalTo("RETURNED")).body("returnReason", equalTo("Cite the decree"));
        send(DAVE, "GET", PATH + "/" + id, null).body("returnReason", equalTo("Cite the decree"));
        Map<String, Object> edit = body("CUB-2025-01", "dave's view, with the decree");
        edit.put("expectedVersion", 2);
        send(DAVE, "PUT", PATH + "/" + id, edit).statusCode(200).body("state", equalTo("RETURNED"));
        send(DAVE, "POST", PATH + "/" + id + "/submit", version(3)).statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("returnReason", nullValue());
        send(ALICE, "GET", PATH + "/" + id, null).body("reviews.state", contains("SUBMITTED", "RETURNED", "SUBMITTED"))
                .body("reviews.reason", hasItem("Cite the decree"));
    }

    @Test
    void onlyAPartnerOfExactlyOneOrganizationCreates() {
        send(LONE_PARTNER, "POST", PATH, body("RUS-2025-06", "no organization")).statusCode(403)
                .body("detail", containsString("no partner organization"));
        send(TWO_ORGANIZATIONS, "POST", PATH, body("RUS-2025-06", "two")).statusCode(403)
                .body("detail", containsString("2 organizations"));
        send(ALICE, "POST", PATH, body("RUS-2025-06", "admin")).statusCode(403);
        send(BOB, "POST", PATH, body("RUS-2025-06", "analyst")).statusCode(403);
        assertEquals(List.of(), ids(ALICE, "?recommendation=RUS-2025-06"));
    }

    @Test
    void theCallersOrganizationIsItsOnlyOne() {
        send(CAROL, "GET", PATH + "/organization", null).statusCode(200).body("id", equalTo("freedom-network"))
                .body("name", not(nullValue()));
        send(BOB, "GET", PATH + "/organization", null).statusCode(404);
        send(TWO_ORGANIZATIONS, "GET", PATH + "/organization", null).statusCode(403);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        int before = ids(ALICE, "?recommendation=RUS-2025-07").size();
        Map<String, Object> future = body("RUS-2025-07", "from the future");
        future.put("asOf", LocalDate.now().plusDays(2).toString());
        refused(future, "asOf");
        Map<String, Object> url = body("RUS-2025-07", "bad link");
        url.put("evidenceUrls", List.of("https://ok.example/a", "javascript:alert(1)"));
        refused(url, "evidenceUrls[1]");
        refused(body("RUS-2099-07", "unknown recommendation"), "recommendationId");
        refused(body("not an id", "bad id"), "recommendationId");
        refused(body("RUS-2025-07", "  "), "note");
        Map<String, Object> status = body("RUS-2025-07", "bad status");
        status.put("status", "DONE");
        refused(status, "status");
        Map<String, Object> noDate = body("RUS-2025-07", "no date");
        noDate.remove("asOf");
        refused(noDate, "asOf");
        Map<String, Object> many = body("RUS-2025-07", "too much evidence");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            links.add("https://ok.example/" + i);
        }
        many.put("evidenceUrls", links);
        refused(many, "evidenceUrls");
        assertEquals(before, ids(ALICE, "?recommendation=RUS-2025-07").size());

        long id = create(CAROL, "RUS-2025-07", "kept").getLong("id");
        Map<String, Object> noVersion = body("RUS-2025-07", "changed");
        send(CAROL, "PUT", PATH + "/" + id, noVersion).statusCode(400).body("violations.field", contains("expectedVersion"));
        noVersion.put("expectedVersion", 0);
        noVersion.put("recommendationId", "RUS-2025-08");
        send(CAROL, "PUT", PATH + "/" + id, noVersion).statusCode(400).body("violations.field", contains("recommendationId"));
        send(CAROL, "POST", PATH + "/" + id + "/submit", Map.of()).statusCode(400)
                .body("violations.field", contains("expectedVersion"));
        send(CAROL, "POST", PATH + "/" + id + "/submit", Map.of("expectedVersion", 0, "reason", "x")).statusCode(400)
                .body("violations.field", contains("reason"));
        send(CAROL, "GET", PATH + "?state=DONE", null).statusCode(400).body("violations.field", contains("state"));
        send(CAROL, "GET", PATH + "?organization=a%20b", null).statusCode(400);
        send(CAROL, "GET", PATH + "/" + id, null).statusCode(200).body("note", equalTo("kept")).body("version", equalTo(0))
                .body("state", equalTo("DRAFT"));
    }

    static void refused(Map<String, Object> body, String field) {
        send(CAROL, "POST", PATH, body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void ofTwentyRacingEditsOfOneDraftExactlyOneWinsAndTheOthersGetConflicts() throws Exception {
        long id = create(CAROL, "RUS-2025-09", "to be raced").getLong("id");
        int writers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Map<String, Object> edit = body("RUS-2025-09", "writer " + i);
                edit.put("expectedVersion", 0);
                Callable<Integer> write = () -> {
                    start.await();
                    return send(CAROL, "PUT", PATH + "/" + id, edit).extract().statusCode();
                };
                answers.add(pool.submit(write));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes::toString);
            assertEquals(writers - 1, codes.stream().filter(c -> c == 409).count(), codes::toString);
        } finally {
            pool.shutdownNow();
        }
        send(CAROL, "GET", PATH + "/" + id, null).body("version", equalTo(1)).body("note", containsString("writer "));
    }
}
