package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the real stack, a partner system over its configured rate (tip-test-rate-limited: 5 requests a minute in
 * the gateway's configuration; a test client of the demo import that nothing else uses) is answered 429
 * problem+json with Retry-After before anything runs; other partner systems and people are unaffected.
 */
class RateLimitTest {

    @Test
    void aPartnerSystemOverItsRateGets429WithRetryAfterWhileOthersAreServed() {
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "tip-test-rate-limited",
                        "client_secret", Realm.secret("TIP_TEST_RATE_LIMITED_SECRET", "rate-limited-secret")))
                .post(Realm.URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        Response refused = null;
        int served = 0;
        // Five a minute, all at once at most: the sixth request within the minute is refused at the latest.
        for (int i = 0; i < 6 && refused == null; i++) {
            Response answer = given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("query", ExposureTest.PARTNER_QUERY)).post(Stack.GATEWAY.url("/graphql"));
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(200);
                served++;
            }
        }
        assertThat(refused).as("a refusal after %d served", served).isNotNull();
        assertThat(served).isLessThanOrEqualTo(5);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);

        // Another partner system and a person are not held to that rate.
        assertThat(Graph.query(Realm.partnerSystem(), ExposureTest.PARTNER_QUERY).statusCode()).isEqualTo(200);
        assertThat(Graph.query(Realm.user("dave"), ExposureTest.PARTNER_QUERY).jsonPath().getList("errors")).isNull();
    }
}
