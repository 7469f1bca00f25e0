package org.tipmonitor.recommendation;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.tipmonitor.recommendation.ImplementationUpdateTest.post;
import static org.tipmonitor.recommendation.ImplementationUpdateTest.update;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A write with a requestId is done once, however often it is sent. Each test has its own recommendation. */
@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class IdempotentUpdateTest {

    static Map<String, Object> keyed(String status, String note, int expectedVersion, String requestId) {
        Map<String, Object> body = update(status, note, null, expectedVersion);
        body.put("requestId", requestId);
        return body;
    }

    static void storedVersionIs(String id, int version) {
        RestAssured.given().get("/api/v1/recommendations/" + id).then().statusCode(200)
                .body("version", equalTo(version)).body("history", hasSize(version));
    }

    @Test
    void aRetryWithTheSameRequestIdAnswersTheFirstResultAndWritesNothing() {
        var first = keyed("IN_PROGRESS", "Labour inspectorate began visits.", 0, "retry-4f1c2d8e-0001");
        String answer = post("RUS-2025-04", first).statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("version", equalTo(1)).extract().asString();
        String replayed = post("RUS-2025-04", first).statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(answer, replayed);
        post("RUS-2025-04", first).statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/api/v1/recommendations/RUS-2025-04/updates/1"))
                .body("version", equalTo(1)).body("status", equalTo("IN_PROGRESS")).body("history", hasSize(1));
        storedVersionIs("RUS-2025-04", 1);
        // Someone writes on; a late retry of the first write still answers what the first write answered.
        post("RUS-2025-04", update("REGRESSED", "Visits stopped.", null, 1)).statusCode(201);
        post("RUS-2025-04", first).statusCode(201)
                .body("version", equalTo(1)).body("status", equalTo("IN_PROGRESS"))
                .body("history", hasSize(1)).body("history[0].note", equalTo("Labour inspectorate began visits."));
        storedVersionIs("RUS-2025-04", 2);
    }

    @Test
    void theSameRequestIdForAnotherWriteIs422NamingRequestIdAndWritesNothing() {
        post("RUS-2025-06", keyed("IN_PROGRESS", "First note.", 0, "reused-key-000000001")).statusCode(201);
        post("RUS-2025-06", keyed("IN_PROGRESS", "Another note.", 1, "reused-key-000000001")).statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("requestId"));
        // The same key on another recommendation is also another write.
        post("RUS-2025-07", keyed("IN_PROGRESS", "First note.", 0, "reused-key-000000001")).statusCode(422)
                .body("violations[0].field", equalTo("requestId"));
        storedVersionIs("RUS-2025-06", 1);
        storedVersionIs("RUS-2025-07", 0);
    }

    @Test
    void aRequestIdOfTheWrongShapeIsRefusedNamingItAndWritesNothing() {
        for (String bad : new String[] {"short", "x".repeat(101), "has spaces in it, see", "key-with-\u00fcml\u00e4ut-0001"}) {
            post("RUS-2025-08", keyed("IN_PROGRESS", "Note.", 0, bad)).statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("requestId"));
        }
        storedVersionIs("RUS-2025-08", 0);
    }
}
