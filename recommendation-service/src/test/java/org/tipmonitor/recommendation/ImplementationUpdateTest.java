package org.tipmonitor.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tipmonitor.api.recommendation.ImplementationUpdateInput;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.recommendation.model.RecommendationCriteria;
import org.tipmonitor.recommendation.rest.RecommendationViews;
import org.tipmonitor.recommendation.service.ImplementationService;

/** Each test works on its own recommendation, so that tests do not depend on their order. */
@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class ImplementationUpdateTest {

    @Inject
    EntityManager em;
    @Inject
    ImplementationService implementation;
    @Inject
    RecommendationViews views;

    static Map<String, Object> update(String status, String note, String evidenceUrl, Integer expectedVersion) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("note", note);
        body.put("evidenceUrl", evidenceUrl);
        body.put("expectedVersion", expectedVersion);
        return body;
    }

    static ValidatableResponse post(String id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/recommendations/" + id + "/updates").then();
    }

    /** A first update, IN_PROGRESS, recorded by alice through the service: a partner or analyst caller may not post. */
    void recordAsAlice(String id, String note) {
        implementation.record(id, new ImplementationUpdateInput(ImplementationStatus.IN_PROGRESS, note, null, 0, null),
                "alice");
    }

    @Test
    void aRecommendationWithoutUpdatesIsNotStarted() {
        given().get("/api/v1/recommendations/CUB-2025-11").then().statusCode(200)
                .body("status", equalTo("NOT_STARTED"))
                .body("version", equalTo(0))
                .body("history", hasSize(0));
    }

    @Test
    void theLatestUpdateIsTheCurrentStatusAndHistoryIsNewestFirst() {
        post("CUB-2025-01", update("IN_PROGRESS", "Ministry announced a review of recruitment contracts.",
                "https://example.org/review", 0)).statusCode(201)
                .header("Location", endsWith("/api/v1/recommendations/CUB-2025-01/updates/1"))
                .body("id", equalTo("CUB-2025-01"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("version", equalTo(1))
                .body("history[0].recordedBy", equalTo("alice"))
                .body("history[0].recordedAt", notNullValue())
                .body("history[0].evidenceUrl", equalTo("https://example.org/review"));
        post("CUB-2025-01", update("REGRESSED", "Review shelved.", null, 1)).statusCode(201)
                .body("status", equalTo("REGRESSED"))
                .body("version", equalTo(2));

        given().get("/api/v1/recommendations/CUB-2025-01").then().statusCode(200)
                .body("status", equalTo("REGRESSED"))
                .body("history.status", contains("REGRESSED", "IN_PROGRESS"))
                .body("history.version", contains(2, 1))
                .body("history[0].evidenceUrl", nullValue());
        given().queryParam("country", "CUB").queryParam("status", "REGRESSED")
                .get("/api/v1/recommendations").then().statusCode(200)
                .body("id", hasItem("CUB-2025-01"))
                .body("status", everyItem(equalTo("REGRESSED")));
        given().get("/api/v1/recommendations/CUB-2025-01/updates/1").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("note", equalTo("Ministry announced a review of recruitment contracts."));
    }

    @Test
    void theListReadBeforeAnUpdateShowsItAtTheNextRead() {
        // The list is cached (rest.RecommendationViews): this read fills the cache with the state before the update.
        given().queryParam("country", "RUS").get("/api/v1/recommendations").then().statusCode(200)
                .body("find { it.id == 'RUS-2024-07' }.status", equalTo("NOT_STARTED"));
        post("RUS-2024-07", update("IN_PROGRESS", "Draft law tabled.", null, 0)).statusCode(201);
        given().queryParam("country", "RUS").get("/api/v1/recommendations").then().statusCode(200)
                .body("find { it.id == 'RUS-2024-07' }.status", equalTo("IN_PROGRESS"))
                .body("find { it.id == 'RUS-2024-07' }.history[0].note", equalTo("Draft law tabled."));
    }

    @Test
    void aCachedListShownToAnAnalystIsNotShownToAPartner() {
        recordAsAlice("RUS-2024-09", "Inspection campaign started.");
        var criteria = new RecommendationCriteria(List.of("RUS"), null, null, null);
        assertEquals("alice", recorderOf("RUS-2024-09", views.list(new RecommendationViews.ListQuery(criteria, true))));
        assertNull(recorderOf("RUS-2024-09", views.list(new RecommendationViews.ListQuery(criteria, false))));
    }

    private static String recorderOf(String id, List<RecommendationView> list) {
        return list.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().history().get(0).recordedBy();
    }

    @Test
    void aCorrectionIsANewUpdateAndTheStoredOnesCannotBeChanged() {
        post("CUB-2025-04", update("IMPLEMENTED", "Penalties removed.", null, 0)).statusCode(201);
        post("CUB-2025-04", update("IN_PROGRESS", "Correction: only a draft removes the penalties.", null, 1))
                .statusCode(201).body("status", equalTo("IN_PROGRESS")).body("history", hasSize(2));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update implementation_update set note = 'edited' where recommendation_id = 'CUB-2025-04'")
                .executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from implementation_update where recommendation_id = 'CUB-2025-04'")
                .executeUpdate()));
        given().get("/api/v1/recommendations/CUB-2025-04").then()
                .body("history.note", contains("Correction: only a draft removes the penalties.", "Penalties removed."));
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        post("CUB-2025-02", update("IN_PROGRESS", "First.", null, 0)).statusCode(201);
        post("CUB-2025-02", update("IMPLEMENTED", "Written against the old version.", null, 0)).statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        post("CUB-2025-02", update("IMPLEMENTED", "From the future.", null, 7)).statusCode(409);
        given().get("/api/v1/recommendations/CUB-2025-02").then()
                .body("version", equalTo(1))
                .body("status", equalTo("IN_PROGRESS"))
                .body("history.note", contains("First."));
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndWritesNothing() {
        post("CUB-2025-03", update(null, "n", null, 0)).statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("status"));
        post("CUB-2025-03", update("DONE", "n", null, 0)).statusCode(400).body("violations.field", contains("status"));
        post("CUB-2025-03", update("IMPLEMENTED", " ", null, 0)).statusCode(400).body("violations.field", contains("note"));
        post("CUB-2025-03", update("IMPLEMENTED", null, null, 0)).statusCode(400).body("violations.field", contains("note"));
        post("CUB-2025-03", update("IMPLEMENTED", "n", "not a url", 0)).statusCode(400)
                .body("violations.field", contains("evidenceUrl"));
        post("CUB-2025-03", update("IMPLEMENTED", "n", "ftp://example.org/file", 0)).statusCode(400)
                .body("violations.field", contains("evidenceUrl"));
        post("CUB-2025-03", update("IMPLEMENTED", "n", null, -1)).statusCode(400)
                .body("violations.field", contains("expectedVersion"));
        post("CUB-2025-03", update("IMPLEMENTED", "n", null, null)).statusCode(400)
                .body("violations.field", contains("expectedVersion"));
        given().get("/api/v1/recommendations/CUB-2025-03").then()
                .body("version", equalTo(0)).body("status", equalTo("NOT_STARTED")).body("history", hasSize(0));
    }

    @Test
    void anUnknownRecommendationIsNotFound() {
        post("CUB-2025-42", update("IMPLEMENTED", "n", null, 0)).statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/recommendations/CUB-2025-05/updates/1").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "carol", roles = "partner")
    void partnersSeeTheHistoryButNotWhoRecordedIt() {
        recordAsAlice("CUB-2025-06", "Passports returned to some workers.");
        given().get("/api/v1/recommendations/CUB-2025-06").then().statusCode(200)
                .body("history", hasSize(1))
                .body("history[0].note", equalTo("Passports returned to some workers."))
                .body("history[0].recordedBy", nullValue());
        given().queryParam("country", "CUB").get("/api/v1/recommendations").then().statusCode(200)
                .body("history.flatten().recordedBy", everyItem(nullValue()));
        given().get("/api/v1/recommendations/CUB-2025-06/updates/1").then().body("recordedBy", nullValue());
    }

    @Test
    @TestSecurity(user = "bob", roles = "analyst")
    void analystsSeeWhoRecordedAnUpdate() {
        recordAsAlice("CUB-2025-07", "Two prosecutions opened.");
        given().get("/api/v1/recommendations/CUB-2025-07").then().statusCode(200)
                .body("history[0].recordedBy", equalTo("alice"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "partner")
    void partnersMayNotRecordUpdates() {
        post("CUB-2025-08", update("IMPLEMENTED", "n", null, 0)).statusCode(403);
        given().get("/api/v1/recommendations/CUB-2025-08").then().body("version", equalTo(0));
    }
}
