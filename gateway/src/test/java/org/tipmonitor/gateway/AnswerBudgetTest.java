package org.tipmonitor.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An answer that grows beyond the result-node limit is cut where it reached it: no more is fetched,
 * what remains is null, and one error says why (not one per value cut). The limit is set low here so
 * that the schema's own type list, which needs no service, exceeds it.
 */
@QuarkusTest
@TestProfile(AnswerBudgetTest.TenValues.class)
@TestSecurity(user = "carol", roles = "partner")
class AnswerBudgetTest {

    public static class TenValues implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tip.graph.max-result-nodes", "10");
        }
    }

    @Test
    void anAnswerThatGrowsTooLargeIsCutWithOneError() {
        GraphErrorsTest.graphql("{ __schema { types { name kind description } } }")
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("RESULT_TOO_LARGE"))
                .body("data", notNullValue());
    }

    @Test
    void anAnswerWithinTheLimitIsWhole() {
        GraphErrorsTest.graphql("{ __type(name: \"Tier\") { name kind } }")
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.__type.name", equalTo("Tier"));
    }
}
