package org.tipmonitor.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.tipmonitor.recommendation.ImplementationUpdateTest.post;
import static org.tipmonitor.recommendation.ImplementationUpdateTest.update;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Input no request may carry is a 400 problem naming the field or parameter, never a 500 or a 404, and
 * writes nothing; no error quotes more than a short excerpt of what it was sent. The rules are commons'
 * (TextInput, NumberParameters, ProblemMappers), so they hold for every service; this one tests them.
 */
@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class BadInputTest {

    static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    static void unchanged(String id) {
        given().get("/api/v1/recommendations/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("history", hasSize(0));
    }

    @Test
    void aNulOrAnotherControlCharacterInANoteIsRefusedButLineBreaksPass() {
        refused(post("CUB-2025-09", update("IN_PROGRESS", "before\u0000after", null, 0)), "note")
                .body("violations[0].message", containsString("U+0000"));
        refused(post("CUB-2025-09", update("IN_PROGRESS", "bell\u0007", null, 0)), "note");
        refused(post("CUB-2025-09", update("IN_PROGRESS", "half a pair \ud800", null, 0)), "note");
        unchanged("CUB-2025-09");
        post("CTG-2023-02", update("IN_PROGRESS", "first line\r\nsecond line\tindented", null, 0)).statusCode(201);
    }

    @Test
    void aNulInAPathOrQueryParameterIsRefusedNamingIt() {
        refused(given().urlEncodingEnabled(false).get("/api/v1/recommendations/RUS%00-2025-01").then(), "id");
        refused(given().urlEncodingEnabled(false).contentType("application/json")
                .body(update("IN_PROGRESS", "n", null, 0)).post("/api/v1/recommendations/CUB-2025-09%00/updates").then(), "id");
        refused(given().urlEncodingEnabled(false).get("/api/v1/recommendations?country=RU%00S").then(), "country");
        refused(given().urlEncodingEnabled(false).get("/api/v1/recommendations?status=IN%0APROGRESS").then(), "status");
        unchanged("CUB-2025-09");
    }

    @Test
    void aNumberParameterThatIsNoNumberIsA400NamingItNotA404() {
        refused(given().get("/api/v1/recommendations?year=abc").then(), "year")
                .body("violations[0].message", containsString("'abc'"));
        refused(given().get("/api/v1/recommendations/dropped?year=4294969321").then(), "year");
        refused(given().get("/api/v1/progress/stale?days=0.5").then(), "days");
        refused(given().get("/api/v1/recommendations/RUS-2025-01/updates/abc").then(), "version");
    }

    @Test
    void errorsQuoteAShortExcerptOfAHugeValue() {
        String huge = "X".repeat(250_000);
        // A query string is bounded by the server's request line (4 KB, else 414); this one is just below.
        String long_ = "X".repeat(3_000);
        refused(given().queryParam("status", long_).get("/api/v1/recommendations").then(), "status")
                .body("violations[0].message.length()", lessThan(300));
        refused(given().queryParam("year", long_).get("/api/v1/recommendations").then(), "year")
                .body("violations[0].message.length()", lessThan(300));
        Map<String, Object> body = update(huge, "n", null, 0);
        refused(post("CUB-2025-09", body), "status").body("violations[0].message.length()", lessThan(300));
        given().contentType("application/json").body("{\"note\": " + huge + "}")
                .post("/api/v1/recommendations/CUB-2025-09/updates").then().statusCode(400)
                .contentType("application/problem+json").body("detail.length()", lessThan(1100));
        unchanged("CUB-2025-09");
    }
}
