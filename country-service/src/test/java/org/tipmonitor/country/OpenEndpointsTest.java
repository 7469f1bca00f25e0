package org.tipmonitor.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health and the OpenAPI document stay open; the API itself needs a token. */
@QuarkusTest
class OpenEndpointsTest {

    @Test
    void healthIsOpenAndReadinessIncludesTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "country dataset"));
    }

    @Test
    void openApiDocumentIsOpen() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/countries/{code}/assessments"));
    }

    @Test
    void theApiNeedsAToken() {
        given().get("/api/v1/countries").then().statusCode(401);
    }
}
