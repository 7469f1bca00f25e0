package org.tipmonitor.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "bob", roles = "analyst")
class CountryResourceTest {

    @Test
    void russiaIsOnTier3InThe2025Report() {
        given().get("/api/v1/countries/RUS/assessments/2025").then().statusCode(200)
                .body("tier", equalTo("TIER_3"))
                .body("policyOrPattern", equalTo(true))
                .body("prosecutionTrend", equalTo("DECREASED"))
                .body("lawEnforcement[0].dataYear", equalTo(2024))
                .body("lawEnforcement[0].convictions.value", nullValue())
                .body("lawEnforcement[0].convictions.reporting", equalTo("NOT_REPORTED"))
                .body("lawEnforcement[0].reporting", equalTo("NOT_REPORTED"));
    }

    @Test
    void tierHistoryIsNewestFirst() {
        given().get("/api/v1/countries/RUS/assessments").then().statusCode(200)
                .body("reportYear", contains(2025, 2024, 2023));
    }

    @Test
    void listsCountriesOnTier3In2025() {
        given().queryParam("tier", "TIER_3").queryParam("year", 2025)
                .get("/api/v1/countries").then().statusCode(200)
                .body("code", contains("CUB", "RUS"));
    }

    @Test
    void unknownCountryIsNotFoundAsProblem() {
        given().get("/api/v1/countries/XYZ").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badCodeIsRejectedNamingTheField() {
        given().get("/api/v1/countries/ru").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("code"));
    }
}
