package org.tipmonitor.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admin writes: valid ones land, bad ones get problem+json naming the field and write nothing. */
@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class AssessmentWriteTest {

    static Map<String, Object> assessment(int year, String tier, Object convictions) {
        Map<String, Object> figure = new java.util.HashMap<>();
        figure.put("value", convictions);
        figure.put("reporting", convictions == null ? "NOT_REPORTED" : "OFFICIAL");
        return new java.util.HashMap<>(Map.of(
                "reportYear", year,
                "tier", tier,
                "policyOrPattern", false,
                "prosecutionTrend", "INCREASED",
                "summary", "Test assessment.",
                "lawEnforcement", List.of(Map.of("dataYear", year - 1, "convictions", figure,
                        "citation", Map.of("source", "tip-2025-cuba", "section", "PROSECUTION", "quote", "q"))),
                "sources", List.of(Map.of("source", "tip-2025-cuba", "section", "Introduction", "quote", "q"))));
    }

    static void createCountry(String code) {
        postCountry(Map.of("code", code, "name", "Testland " + code, "region", "Europe")).statusCode(201);
    }

    /** The writes under test, as the test's user; each returns the answer for the test to check. */
    static ValidatableResponse postCountry(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/countries").then();
    }

    static ValidatableResponse postAssessment(String code, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/countries/" + code + "/assessments").then();
    }

    static ValidatableResponse putAssessment(String code, int year, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .put("/api/v1/countries/" + code + "/assessments/" + year).then();
    }

    @Test
    void adminCreatesAnAssessmentThatIsThenRead() {
        createCountry("TSA");
        postAssessment("TSA", assessment(2015, "TIER_2", 4)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/countries/TSA/assessments/2015"))
                .body("version", equalTo(0));
        given().get("/api/v1/countries/TSA/assessments/2015").then().statusCode(200)
                .body("tier", equalTo("TIER_2"))
                .body("lawEnforcement[0].convictions.value", equalTo(4))
                .body("sources[0].title", equalTo("2025 Trafficking in Persons Report: Cuba (with the report's tier counts; "
                        + "the text dates the report's release 29 September 2025, its footnotes 25 September 2025)"));
    }

    @Test
    void duplicateAssessmentOrCountryIsAConflict() {
        createCountry("TSB");
        postAssessment("TSB", assessment(2014, "TIER_2", 1)).statusCode(201);
        postAssessment("TSB", assessment(2014, "TIER_3", 1)).statusCode(409)
                .contentType("application/problem+json");
        postCountry(Map.of("code", "TSB", "name", "Again")).statusCode(409);
        given().get("/api/v1/countries/TSB/assessments/2014").then().body("tier", equalTo("TIER_2"));
    }

    @Test
    void assessmentOfAnUnknownCountryIsNotFound() {
        postAssessment("QQQ", assessment(2025, "TIER_2", 1)).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unknownTierNegativeCountAndYearOutOfRangeAreRejectedAndNothingIsWritten() {
        createCountry("TSC");
        postAssessment("TSC", assessment(2025, "TIER_9", 1)).statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("tier"));
        postAssessment("TSC", assessment(2025, "TIER_2", -3)).statusCode(400)
                .body("violations.field", contains("lawEnforcement[0].convictions.value"));
        postAssessment("TSC", assessment(1999, "TIER_2", 1)).statusCode(400)
                .body("violations.field", hasItem("reportYear"));
        given().get("/api/v1/countries/TSC/assessments").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aNotReportedFigureCannotCarryAValue() {
        createCountry("TSD");
        Map<String, Object> body = assessment(2025, "TIER_2", null);
        body.put("lawEnforcement", List.of(Map.of("dataYear", 2024,
                "victimsIdentified", Map.of("value", 0, "reporting", "NOT_REPORTED"),
                "citation", Map.of("source", "tip-2025-cuba", "section", "PROTECTION", "quote", "q"))));
        postAssessment("TSD", body).statusCode(400)
                .body("violations.field", contains("lawEnforcement[0].victimsIdentified.consistent"));
    }

    @Test
    void badCountryCodeAndUnknownSourceAreRejected() {
        postCountry(Map.of("code", "Tsx", "name", "Bad")).statusCode(400).body("violations.field", contains("code"));
        createCountry("TSE");
        Map<String, Object> body = assessment(2025, "TIER_2", 1);
        body.put("sources", List.of(Map.of("source", "no-such-source", "section", "x", "quote", "q")));
        postAssessment("TSE", body).statusCode(400)
                .body("violations.field", contains("sources"));
    }

    @Test
    void aCitationWithoutItsQuoteIsRejectedNamingTheField() {
        createCountry("TSG");
        Map<String, Object> body = assessment(2025, "TIER_2", 1);
        body.put("sources", List.of(Map.of("source", "tip-2025-cuba", "section", "Introduction")));
        postAssessment("TSG", body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("sources[0].quote"));
        given().get("/api/v1/countries/TSG/assessments").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aPolicyOrPatternTheSourceDoesNotStateIsStoredAsNull() {
        createCountry("TSH");
        Map<String, Object> body = assessment(2017, "TIER_2", 1);
        body.remove("policyOrPattern");
        postAssessment("TSH", body).statusCode(201);
        given().get("/api/v1/countries/TSH/assessments/2017").then().statusCode(200)
                .body("policyOrPattern", nullValue()).body("sources[0].quote", equalTo("q"));
    }

    @Test
    void updateNeedsTheCurrentVersionAndAStaleOneIsAConflict() {
        createCountry("TSF");
        postAssessment("TSF", assessment(2016, "TIER_2", 1)).statusCode(201);
        given().queryParam("country", "TSF").get("/api/v1/assessments").then().body("TSF[0].tier", equalTo("TIER_2"));
        Map<String, Object> change = assessment(2016, "TIER_2_WATCH_LIST", 2);
        change.put("version", 0);
        putAssessment("TSF", 2016, change).statusCode(200)
                .body("tier", equalTo("TIER_2_WATCH_LIST")).body("version", equalTo(1));
        Map<String, Object> stale = assessment(2016, "TIER_3", 3);
        stale.put("version", 0);
        putAssessment("TSF", 2016, stale).statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/countries/TSF/assessments/2016").then()
                .body("tier", equalTo("TIER_2_WATCH_LIST")).body("lawEnforcement[0].convictions.value", equalTo(2));
        // The batch read (cached) shows the write at once.
        given().queryParam("country", "TSF").get("/api/v1/assessments").then()
                .body("TSF[0].tier", equalTo("TIER_2_WATCH_LIST")).body("TSF[0].version", equalTo(1));
    }

    @Test
    void updateWithoutAVersionIsABadRequest() {
        putAssessment("CUB", 2025, assessment(2025, "TIER_3", null)).statusCode(400)
                .body("violations.field", contains("version"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "partner")
    void partnersCannotWrite() {
        postCountry(Map.of("code", "TSG", "name", "Nope")).statusCode(403);
        given().get("/api/v1/countries/TSG").then().statusCode(404);
    }
}
