package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "bob", roles = "analyst")
class CaseStatisticsTest {

    @Inject
    CaseData data;

    @Inject
    org.tipmonitor.victim.cases.service.CaseImporter importer;

    @BeforeEach
    void handCountedFile() {
        data.clear();
        // Imported through the service: this test is about reading; CaseImportTest covers the endpoint.
        importer.importFile(new java.io.ByteArrayInputStream(
                CaseData.HAND_COUNTED.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test");
    }

    @TestSecurity(user = "alice", roles = "admin")
    void importAsAdmin(String csv) {
        // Imports go through the service, not the endpoint: this test is about reading.
        io.quarkus.arc.Arc.container().instance(org.tipmonitor.victim.cases.service.CaseImporter.class).get()
                .importFile(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "test");
    }

    @Test
    void analystsSeeExactCountsPerYear() {
        given().queryParam("groupBy", "YEAR").get("/api/v1/case-statistics").then().statusCode(200)
                .body("threshold", equalTo(11)).body("suppressionApplied", equalTo(false))
                .body("cells.year", contains(2019, 2020, 2021))
                .body("cells.count", contains(3, 3, 2))
                .body("cells.gender", everyItem(nullValue()))
                .body("total", equalTo(8));
    }

    @Test
    void countsByYearAndGenderMatchTheHandCount() {
        given().queryParam("groupBy", "GENDER").queryParam("groupBy", "YEAR").get("/api/v1/case-statistics").then()
                .statusCode(200)
                .body("cells.collect { it.year + ':' + it.gender + '=' + it.count }", contains(
                        "2019:Female=2", "2019:Male=1", "2020:Female=2", "2020:Male=1", "2021:Female=1", "2021:null=1"));
    }

    @Test
    void ageBandsAreWrittenWithOneHyphenAndUnknownIsNull() {
        given().queryParam("groupBy", "AGE_BROAD").get("/api/v1/case-statistics").then().statusCode(200)
                .body("cells.collect { it.ageBroad + '=' + it.count }", containsInAnyOrder(
                        "18-20=1", "21-23=1", "30-38=1", "9-17=1", "24-26=2", "48+=1", "null=1"));
    }

    @Test
    void aVictimWithSeveralFormsCountsUnderEachButOnceInTheTotal() {
        given().queryParam("groupBy", "EXPLOITATION_TYPE").get("/api/v1/case-statistics").then().statusCode(200)
                .body("cells.collect { it.exploitationType + '=' + it.count }", containsInAnyOrder(
                        "FORCED_LABOR=4", "SEX_TRAFFICKING=4", "null=1"))
                .body("total", equalTo(8));
    }

    @Test
    void filtersNarrowTheCount() {
        given().queryParam("groupBy", "COUNTRY_OF_EXPLOITATION").queryParam("citizenship", "UKR")
                .get("/api/v1/case-statistics").then().statusCode(200)
                .body("cells.countryOfExploitation", contains("RUS")).body("total", equalTo(3));
        given().queryParam("groupBy", "COUNTRY_OF_EXPLOITATION").queryParam("yearFrom", 2020)
                .queryParam("countryOfExploitation", "RUS")
                .get("/api/v1/case-statistics").then().statusCode(200).body("total", equalTo(2));
        given().queryParam("groupBy", "CITIZENSHIP").queryParam("yearFrom", 2019).queryParam("yearTo", 2019)
                .get("/api/v1/case-statistics").then().statusCode(200)
                .body("cells", hasSize(1)).body("cells[0].count", equalTo(3));
    }

    @Test
    @TestSecurity(user = "carol", roles = "partner")
    void partnersSeeTheSameSmallFileFullySuppressed() {
        given().queryParam("groupBy", "YEAR").get("/api/v1/case-statistics").then().statusCode(200)
                .body("suppressionApplied", equalTo(true))
                .body("cells.suppressed", everyItem(equalTo(true)))
                .body("cells.count", everyItem(nullValue()))
                .body("total", nullValue());
    }

    @Test
    void anUnknownDimensionIsABadRequestNamingGroupBy() {
        given().queryParam("groupBy", "RELIGION").get("/api/v1/case-statistics").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("groupBy"));
        given().queryParam("groupBy", "YEAR").queryParam("citizenship", "UA").get("/api/v1/case-statistics").then()
                .statusCode(400).body("violations[0].field", equalTo("citizenship"));
        given().queryParam("groupBy", "YEAR").queryParam("yearFrom", 2021).queryParam("yearTo", 2019)
                .get("/api/v1/case-statistics").then().statusCode(400).body("violations[0].field", equalTo("yearTo"));
    }
}
