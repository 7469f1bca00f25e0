package org.tipmonitor.country;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tipmonitor.country.AssessmentWriteTest.assessment;
import static org.tipmonitor.country.AssessmentWriteTest.createCountry;
import static org.tipmonitor.country.AssessmentWriteTest.postAssessment;
import static org.tipmonitor.country.AssessmentWriteTest.putAssessment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit history (issue 15): every change to a country, an assessment, a statute or a report's tier
 * counts is kept with who made it and when, newest first; admins and analysts read it, partners get 403.
 */
@QuarkusTest
class AuditHistoryTest {

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void everyChangeToAnAssessmentIsKeptWithWhoMadeItAndWhen() {
        createCountry("TAH");
        postAssessment("TAH", assessment(2016, "TIER_2", 4)).statusCode(201);
        Map<String, Object> second = assessment(2016, "TIER_3", 7);
        second.put("version", 0);
        putAssessment("TAH", 2016, second).statusCode(200);

        JsonPath history = given().get("/api/v1/countries/TAH/assessments/2016/history").then().statusCode(200)
                .body("$", hasSize(2))
                .body("change", contains("CHANGED", "ADDED"))
                .body("changedBy", contains("alice", "alice"))
                .body("state.tier", contains("TIER_3", "TIER_2"))
                .body("state.version", contains(1, 0))
                .body("[0].state.lawEnforcement[0].convictions.value", equalTo(7))
                .body("[1].state.lawEnforcement[0].convictions.value", equalTo(4))
                .body("[1].state.sources[0].id", equalTo("tip-2025-cuba"))
                .body("[1].state.sources[0].quote", equalTo("q"))
                .extract().jsonPath();
        List<Long> revisions = history.getList("revision", Long.class);
        assertDescending(revisions);
        OffsetDateTime newer = OffsetDateTime.parse(history.getString("[0].changedAt"));
        OffsetDateTime older = OffsetDateTime.parse(history.getString("[1].changedAt"));
        assertThat(newer).isAfterOrEqualTo(older);

        given().get("/api/v1/countries/TAH/history").then().statusCode(200)
                .body("change", contains("ADDED")).body("changedBy", contains("alice"))
                .body("state.name", contains("Testland TAH"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "admin")
    void aRefusedWriteLeavesNoTraceInTheHistory() {
        createCountry("TAI");
        postAssessment("TAI", assessment(2017, "TIER_2", 1)).statusCode(201);
        Map<String, Object> stale = assessment(2017, "TIER_3", 1);
        stale.put("version", 5);
        putAssessment("TAI", 2017, stale).statusCode(409);
        Map<String, Object> invalid = assessment(2017, "TIER_9", 1);
        invalid.put("version", 0);
        putAssessment("TAI", 2017, invalid).statusCode(400);

        given().get("/api/v1/countries/TAI/assessments/2017/history").then().statusCode(200)
                .body("change", contains("ADDED")).body("changedBy", contains("bob"))
                .body("state.tier", contains("TIER_2"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "analyst")
    void theDatasetLoadIsNamedAsTheAuthorOfWhatItAdded() {
        JsonPath tierCounts = given().get("/api/v1/tier-counts/2025/history").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> entries = tierCounts.getList("$");
        Map<String, Object> first = entries.get(entries.size() - 1);
        assertThat(first).containsEntry("change", "ADDED")
                .containsEntry("changedBy", "dataset");
        given().get("/api/v1/tier-counts/2025/history").then()
                .body("[-1].state.tier1", equalTo(33))
                .body("[-1].state.source.quote", not(nullValue()));
        given().get("/api/v1/countries/CUB/statutes/history").then().statusCode(200)
                .body("changedBy", everyItem(equalTo("dataset")))
                .body("state.countryCode", everyItem(equalTo("CUB")));
        given().get("/api/v1/assessments/history?country=CUB").then().statusCode(200)
                .body("$", hasKey("CUB"))
                .body("CUB.state.countryCode", everyItem(equalTo("CUB")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/countries/CUB/history", "/api/v1/countries/CUB/assessments/2025/history",
            "/api/v1/countries/CUB/statutes/history", "/api/v1/tier-counts/2025/history",
            "/api/v1/assessments/history?country=CUB"})
    @TestSecurity(user = "partner-org", roles = "partner")
    void partnersAreRefusedTheHistoryWithAProblem(String path) {
        given().get(path).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("admins and analysts"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "analyst")
    void theHistoryOfWhatNeverExistedIsNotFound() {
        given().get("/api/v1/countries/CUB/assessments/2003/history").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/countries/ZZQ/history").then().statusCode(404);
        given().get("/api/v1/tier-counts/2003/history").then().statusCode(404);
        given().get("/api/v1/countries/cuba/history").then().statusCode(400).contentType("application/problem+json");
    }

    private static void assertDescending(List<Long> revisions) {
        for (int i = 1; i < revisions.size(); i++) {
            assertThat(revisions.get(i)).isLessThan(revisions.get(i - 1));
        }
    }
}
