package org.tipmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the graph answers when it cannot: each error carries its extensions.code. No service runs in
 * this test, so every call downstream is refused, as when a service is down.
 */
@QuarkusTest
class GraphErrorsTest {

    static ValidatableResponse graphql(String query) {
        return given().contentType("application/json").body(Map.of("query", query))
                .post("/graphql").then().log().ifValidationFails().statusCode(200);
    }

    static ValidatableResponse graphql(String token, String query) {
        return given().contentType("application/json").auth().oauth2(token).body(Map.of("query", query))
                .post("/graphql").then().log().ifValidationFails().statusCode(200);
    }

    static String recordUpdate(String note) {
        return "mutation { recordImplementationUpdate(input: {recommendationId: \"RUS-2025-01\", status: IN_PROGRESS, "
                + "note: \"" + note + "\", expectedVersion: 0}) { id } }";
    }

    @Test
    void withoutATokenEveryQueryIsUnauthenticated() {
        graphql("{ countries { code } }")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("data", nullValue());
    }

    @Test
    void aForgedTokenIsRefusedAtTheDoor() {
        String forged = TestTokens.of("mallory", "admin");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().contentType("application/json").auth().oauth2(forged)
                .body(Map.of("query", "{ countries { code } }")).post("/graphql").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "carol", roles = "partner")
    void partnersCannotRecordImplementation() {
        graphql(recordUpdate("x"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    @TestSecurity(user = "mallory", roles = "guest")
    void aUserWithoutARoleOfTheRealmIsForbidden() {
        graphql("{ countries { code } }").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "analyst")
    void badArgumentsAreBadUserInput() {
        graphql("{ country(code: \"ru\") { name } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("alpha-3"));
        graphql("{ tierSummary(year: 1850) { tier1 } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql("{ caseStatistics(groupBy: [YEAR], filter: {yearFrom: 2020, yearTo: 2010}) { total } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void aBlankNoteIsBadUserInputAndNoServiceIsCalled() {
        graphql(recordUpdate(" "))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void whenServicesAreDownTheirFieldsAreEmptyWithAnUnavailableError() {
        String bob = TestTokens.of("bob", "analyst");
        graphql(bob, "{ countries { code } recommendations { id } recruitmentPathways { id } }")
                .body("errors.extensions.code", hasItem("UNAVAILABLE"))
                .body("errors.path.flatten()", hasItem("recommendations"))
                .body("data.recommendations.size()", equalTo(0))
                .body("data.recruitmentPathways.size()", equalTo(0));
        graphql(bob, "{ country(code: \"RUS\") { name } }")
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("data.country", nullValue());
    }

    /** Every top-level field at once: each fails on its own, none takes the others' answers with it. */
    @Test
    void everyTopLevelFieldAnswersPartiallyWhenItsServiceIsDown() {
        String bob = TestTokens.of("bob", "analyst");
        graphql(bob, """
                { countries { code } country(code: "RUS") { code } tierSummary(year: 2025) { year }
                  recruitmentPathways { id } recommendations { id } caseStatistics(groupBy: [YEAR]) { total } }""")
                .body("data", notNullValue())
                .body("data.countries.size()", equalTo(0))
                .body("data.country", nullValue())
                .body("data.tierSummary", nullValue())
                .body("data.recruitmentPathways.size()", equalTo(0))
                .body("data.recommendations.size()", equalTo(0))
                .body("data.caseStatistics", nullValue())
                .body("errors.findAll { it.extensions.code == 'UNAVAILABLE' }.path.flatten()",
                        containsInAnyOrder("countries", "country", "tierSummary",
                                "recruitmentPathways", "recommendations", "caseStatistics"));
    }
}
