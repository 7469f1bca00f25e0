package org.tipmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A partner system over its own rate (rate-limited-system: 3 a minute in the test configuration) is answered
 * 429 problem+json with Retry-After before anything runs, by its verified client id; other systems and
 * people are not held to its rate.
 */
@QuarkusTest
class RateLimitTest {

    static final String QUERY = "{ __typename }";

    @Test
    void aPartnerSystemOverItsRateGets429WithRetryAfterWhileOthersAreServed() {
        String limited = system("rate-limited-system");
        for (int i = 0; i < 3; i++) {
            assertThat(ask(limited).statusCode()).as("request %d within the rate", i + 1).isEqualTo(200);
        }
        Response refused = ask(limited);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);

        // Another token of the same system shares its bucket: the limit is the system's, not the token's.
        assertThat(ask(system("rate-limited-system")).statusCode()).isEqualTo(429);
        // Another system, and a person, are served.
        assertThat(ask(system("another-system")).statusCode()).isEqualTo(200);
        assertThat(ask(TestTokens.of("carol", "partner")).statusCode()).isEqualTo(200);
    }

    @Test
    void tokensThatFailVerificationAreRefusedAs401AndDoNotDrainTheBucketOfTheSystemTheyName() {
        // The signature of a real token, altered: it names forged-target (2 a minute) but fails verification.
        String forged = system("forged-target");
        forged = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (int i = 0; i < 5; i++) {
            assertThat(ask(forged).statusCode()).isEqualTo(401);
        }
        assertThat(ask(system("forged-target")).statusCode()).isEqualTo(200);
    }

    static String system(String client) {
        return Jwt.preferredUserName("service-account-" + client).subject("sa-" + client).audience("tip-services")
                .claim("azp", client).claim("realm_access", Map.of("roles", List.of("partner")))
                .expiresIn(300).jws().sign("test-signing-key.pem");
    }

    static Response ask(String token) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("query", QUERY))
                .post("/graphql");
    }
}
