package org.tipmonitor.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An operation that runs past its deadline stops fetching: nothing more is asked of any service, what
 * remains is null, and one error says DEADLINE_EXCEEDED. With a deadline of zero every operation is
 * past it at its first field, which makes the stop observable without a slow service.
 */
@QuarkusTest
@TestProfile(DeadlineTest.NoTime.class)
@TestSecurity(user = "bob", roles = "analyst")
class DeadlineTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tip.graph.deadline", "0s");
        }
    }

    @Test
    void anOperationPastItsDeadlineStopsWithOneError() {
        GraphErrorsTest.graphql("{ countries { code } recommendations { id } tierSummary(year: 2025) { year } }")
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("DEADLINE_EXCEEDED"))
                .body("data", nullValue());
    }
}
