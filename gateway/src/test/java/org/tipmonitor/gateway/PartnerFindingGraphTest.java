package org.tipmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The graph's checks of partner-finding mutations: refused with BAD_USER_INPUT before victim-service is called (no
 * service runs here, so a call that went out would answer UNAVAILABLE instead), and the query is bounded.
 */
@QuarkusTest
class PartnerFindingGraphTest {

    static final String CAROL = TestTokens.of("carol", "partner");

    static ValidatableResponse graphql(String query) {
        return given().contentType("application/json").auth().oauth2(CAROL).body(Map.of("query", query))
                .post("/graphql").then().statusCode(200);
    }

    static final String INPUT = """
            input: {country: "CUB", metric: "m", value: 1, unit: COUNT, description: "d",
              source: {title: "t", publisher: "p", published: "2024-01-01", url: "https://example.org", quote: "q"}}""";

    @Test
    void anEditWithoutTheVersionReadIsRefusedNamingExpectedVersion() {
        graphql("mutation { savePartnerStatistic(id: \"3f1c2b9e-0000-4000-8000-000000000001\", " + INPUT + ") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("expectedVersion"))
                .body("data", nullValue());
    }

    @Test
    void aNewFindingWithAVersionIsRefused() {
        graphql("mutation { savePartnerStatistic(expectedVersion: 2, " + INPUT + ") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("expectedVersion"));
    }

    @Test
    void anIdThatIsNoFindingIdAndANegativeVersionAreRefused() {
        graphql("mutation { submitPartnerFinding(id: \"../../statistics\", expectedVersion: 0) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("id"));
        graphql("mutation { publishPartnerFinding(id: \"abc\", expectedVersion: -1) { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("expectedVersion"));
        graphql("mutation { returnPartnerFinding(id: \"abc\", expectedVersion: 1, reason: \"  \") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("reason"));
    }

    @Test
    void aCountryThatIsNoCodeIsRefusedBeforeAnyCall() {
        graphql("{ partnerFindings(country: \"cuba\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("country"));
    }
}
