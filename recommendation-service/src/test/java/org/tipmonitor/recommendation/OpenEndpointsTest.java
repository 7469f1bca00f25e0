package org.tipmonitor.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health and the OpenAPI document stay open; the API itself needs a token. */
@QuarkusTest
class OpenEndpointsTest {

    @Test
    void healthIsOpenAndReadinessIncludesTheDataset() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "recommendation dataset"));
    }

    @Test
    void openApiDocumentIsOpen() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/recommendations/{id}/updates"))
                .body(containsString("/api/v1/progress/stale"));
    }

    @Test
    void theApiNeedsAToken() {
        given().get("/api/v1/recommendations").then().statusCode(401);
        given().contentType("application/json").body("{}").post("/api/v1/recommendations/RUS-2025-01/updates")
                .then().statusCode(401);
    }
}
