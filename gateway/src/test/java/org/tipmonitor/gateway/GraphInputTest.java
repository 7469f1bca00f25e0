package org.tipmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tipmonitor.gateway.client.DownstreamGuards;

/**
 * Bad input is refused by the graph itself, with a code, before any service is called: no service runs
 * here, so a call that went out would answer UNAVAILABLE instead.
 */
@QuarkusTest
class GraphInputTest {

    static final String ALICE = TestTokens.of("alice", "admin");
    static final String BOB = TestTokens.of("bob", "analyst");

    @Inject
    CircuitBreakerMaintenance breakers;

    static ValidatableResponse graphql(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        return given().contentType("application/json").auth().oauth2(token).body(body)
                .post("/graphql").then().statusCode(200);
    }

    static ValidatableResponse graphql(String token, String query) {
        return graphql(token, query, null);
    }

    static final String RECORD = "mutation($input: ImplementationUpdateInput!) { recordImplementationUpdate(input: $input) { id } }";

    static Map<String, Object> input(String id, String note, Object expectedVersion, String requestId) {
        Map<String, Object> input = new HashMap<>();
        input.put("recommendationId", id);
        input.put("status", "IN_PROGRESS");
        input.put("note", note);
        input.put("expectedVersion", expectedVersion);
        input.put("requestId", requestId);
        return Map.of("input", input);
    }

    @Test
    void aYearBeyond32BitsIsRefusedNotWrappedAroundTo2025() {
        graphql(BOB, "{ tierSummary(year: 4294969321) { year } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("4294969321"));
        graphql(BOB, "query($y: Int!) { tierSummary(year: $y) { year } }", Map.of("y", 4294969321L))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aFractionalVersionIsRefusedNotRounded() {
        graphql(ALICE, "mutation { recordImplementationUpdate(input: {recommendationId: \"RUS-2025-01\", "
                + "status: IN_PROGRESS, note: \"n\", expectedVersion: 0.5}) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(ALICE, RECORD, input("RUS-2025-01", "n", 0.5, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aNulInAnyStringArgumentIsBadUserInputAndNoServiceIsCalled() {
        graphql(ALICE, "mutation { recordImplementationUpdate(input: {recommendationId: \"RUS-2025-01\", "
                + "status: IN_PROGRESS, note: \"a\\u0000b\", expectedVersion: 0}) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("U+0000"));
        graphql(ALICE, RECORD, input("RUS-2025-01", "a\u0000b", 0, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(ALICE, RECORD, input("RUS-2025-01\u0000", "note", 0, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(BOB, "query($c: ID) { recommendations(country: $c) { id } }", Map.of("c", "R\u0007S"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aNoteMaySpanLinesSoItReachesTheService() {
        graphql(ALICE, RECORD, input("RUS-2025-01", "first line\nsecond line\tand a tab", 0, null))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
    }

    @Test
    void aRequestIdOfTheWrongShapeIsBadUserInput() {
        graphql(ALICE, RECORD, input("RUS-2025-01", "note", 0, "short"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("requestId"));
    }

    @Test
    void aWriteThatGetsNoAnswerSaysItMayHaveLandedAndHowToRetry() {
        graphql(ALICE, RECORD, input("RUS-2025-01", "note", 0, "0d6c1f0e-5b5e-4a8f-9d43-1f2a3b4c5d6e"))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].message", containsString("retry with the same requestId"));
    }

    @Test
    void failingWritesOpenTheBreakerOfWritesNotTheOneOfReads() {
        breakers.resetAll();
        graphql(BOB, "{ recommendations { id } }");
        for (int i = 0; i < 10; i++) {
            graphql(ALICE, RECORD, input("RUS-2025-01", "note " + i, 0, null));
        }
        assertThat(breakers.currentState(DownstreamGuards.RECOMMENDATION_WRITES)).isEqualTo(CircuitBreakerState.OPEN);
        assertThat(breakers.currentState(DownstreamGuards.RECOMMENDATION)).isEqualTo(CircuitBreakerState.CLOSED);
        breakers.resetAll();
    }

    @Test
    void aMegabyteArgumentIsNotEchoedBack() {
        // Below the parser's limit of a million characters per document, so that the argument is read.
        String huge = "A".repeat(500_000);
        graphql(BOB, "{ country(code: \"" + huge + "\") { name } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors.message.collect { it.length() }", everyItem(lessThan(1100)));
        graphql(BOB, "{ tierSummary(year: " + "9".repeat(100_000) + ") { year } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors.message.collect { it.length() }", everyItem(lessThan(1100)));
    }

    @Test
    void validationAndLimitErrorsCarryACode() {
        graphql(BOB, "{ countries { nonsense } }").body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        graphql(BOB, "{ tierSummary { year } }").body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        graphql(BOB, "{ recommendations { country { recommendations { country { recommendations { country { "
                + "recommendations { country { name } } } } } } } } }")
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            wide.append(" a").append(i).append(": countries { code name region assessments { tier } }");
        }
        graphql(BOB, wide.append(" }").toString())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"))
                .body("errors.extensions.code", not(org.hamcrest.Matchers.hasItem("UNAVAILABLE")));
    }
}
