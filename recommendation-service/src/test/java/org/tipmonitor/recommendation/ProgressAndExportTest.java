package org.tipmonitor.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class ProgressAndExportTest {

    @Inject
    EntityManager em;

    static void record(String id, String status) {
        int version = given().get("/api/v1/recommendations/" + id).then().extract().path("version");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", status, "note", "Test update.", "expectedVersion", version))
                .post("/api/v1/recommendations/" + id + "/updates").then().statusCode(201);
    }

    static JsonPath progress(String country, int year) {
        return given().queryParam("country", country).queryParam("year", year).get("/api/v1/progress")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void progressIsPerCountryAndReportYearNewestFirst() {
        given().queryParam("country", "RUS").get("/api/v1/progress").then().statusCode(200)
                .body("reportYear", contains(2025, 2024, 2023, null))
                .body("total", contains(12, 16, 5, 3))
                .body("countryCode", everyItem(equalTo("RUS")))
                .body("staleAfterDays", everyItem(equalTo(180)));
    }

    @Test
    void progressCountsFollowTheCurrentStatusesAndOnlyImplementedCountsTowardsTheRate() {
        JsonPath before = progress("RUS", 2025);
        List<String> statuses = given().queryParam("country", "RUS").queryParam("year", 2025)
                .get("/api/v1/recommendations").then().extract().path("status");
        for (String status : List.of("NOT_STARTED", "IN_PROGRESS", "IMPLEMENTED")) {
            assertEquals(statuses.stream().filter(status::equals).count(),
                    (long) before.getInt("[0].byStatus." + status), status);
        }
        int implemented = before.getInt("[0].byStatus.IMPLEMENTED");
        int partially = before.getInt("[0].byStatus.PARTIALLY_IMPLEMENTED");
        int notStarted = before.getInt("[0].byStatus.NOT_STARTED");

        record("RUS-2025-11", "IMPLEMENTED");
        record("RUS-2025-10", "PARTIALLY_IMPLEMENTED");

        JsonPath after = progress("RUS", 2025);
        assertEquals(12, after.getInt("[0].total"));
        assertEquals(implemented + 1, after.getInt("[0].byStatus.IMPLEMENTED"));
        assertEquals(partially + 1, after.getInt("[0].byStatus.PARTIALLY_IMPLEMENTED"));
        assertEquals(notStarted - 2, after.getInt("[0].byStatus.NOT_STARTED"));
        assertEquals((implemented + 1) / 12.0, after.getDouble("[0].implementationRate"), 1e-6);
    }

    @Test
    void aRecommendationWithoutUpdatesForTooLongIsStaleCountingFromItsLoad() {
        backdate("CUB-2025-10", 400);
        backdate("CTG-2023-05", 400);
        record("CTG-2023-05", "IN_PROGRESS");

        given().get("/api/v1/progress/stale").then().statusCode(200)
                .body("id", hasItem("CUB-2025-10"))
                .body("id", not(hasItem("CTG-2023-05")))
                .body("id", not(hasItem("CUB-2025-11")))
                .body("find { it.id == 'CUB-2025-10' }.lastUpdatedAt", nullValue())
                .body("find { it.id == 'CUB-2025-10' }.idleDays", equalTo(400));
        given().queryParam("days", 500).get("/api/v1/progress/stale").then().statusCode(200)
                .body("id", not(hasItem("CUB-2025-10")));
        given().queryParam("country", "RUS").get("/api/v1/progress/stale").then().statusCode(200)
                .body("id", not(hasItem("CUB-2025-10")));
        given().queryParam("days", 0).get("/api/v1/progress/stale").then().statusCode(400)
                .body("violations.field", contains("days"));
        assertTrue(progress("CUB", 2025).getInt("[0].stale") >= 1);
    }

    @Test
    void csvExportHasTheListsRowsAndCurrentStatusesWithProperQuoting() throws IOException {
        record("CUB-2025-05", "IN_PROGRESS");
        JsonPath list = given().queryParam("country", "CUB").queryParam("year", 2025)
                .get("/api/v1/recommendations").then().extract().jsonPath();
        String csv = given().queryParam("country", "CUB").queryParam("year", 2025)
                .get("/api/v1/recommendations/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment"))
                .extract().asString();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(list.getList("id"), rows.stream().map(r -> r.get("id")).toList());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            assertEquals(list.getString("[" + i + "].text"), row.get("text"));
            assertEquals(list.getString("[" + i + "].status"), row.get("status"));
            assertEquals(list.getString("[" + i + "].version"), row.get("version"));
            assertEquals("CUB", row.get("countryCode"));
        }
        CSVRecord fifth = rows.stream().filter(r -> r.get("id").equals("CUB-2025-05")).findFirst().orElseThrow();
        assertEquals("IN_PROGRESS", fifth.get("status"));
        assertEquals("tip-2025-cuba: Prioritized Recommendations for Cuba, item 5; tip-2025-cuba: Footnotes",
                fifth.get("sources"));
    }

    @Test
    void csvExportFollowsTheStatusFilter() throws IOException {
        record("RUS-2025-09", "IMPLEMENTED");
        String csv = given().queryParam("status", "IMPLEMENTED").get("/api/v1/recommendations/export.csv")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("IMPLEMENTED"), rows.stream().map(r -> r.get("status")).distinct().toList());
        assertEquals(1, rows.stream().filter(r -> r.get("id").equals("RUS-2025-09")).count());
    }

    @Test
    void anUndatedRecommendationIsListedUnderNoYearExportedWithAnEmptyYearAndCanBeStale() throws IOException {
        JsonPath rus2024 = progress("RUS", 2024);
        assertEquals(List.of(2024), rus2024.getList("reportYear"));
        assertEquals(16, rus2024.getInt("[0].total"));

        backdate("ART-ND-02", 400);
        given().queryParam("country", "RUS").get("/api/v1/progress/stale").then().statusCode(200)
                .body("find { it.id == 'ART-ND-02' }.reportYear", nullValue())
                .body("find { it.id == 'ART-ND-02' }.idleDays", equalTo(400));

        String csv = given().queryParam("country", "RUS").get("/api/v1/recommendations/export.csv")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord undated = rows.stream().filter(r -> r.get("id").equals("ART-ND-02")).findFirst().orElseThrow();
        assertEquals("", undated.get("reportYear"));
        assertEquals("ART-ND-03", rows.get(rows.size() - 1).get("id"));
    }

    private void backdate(String id, int days) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update recommendation set created_at = now() - make_interval(days => :days) where id = :id")
                .setParameter("days", days).setParameter("id", id).executeUpdate());
    }
}
