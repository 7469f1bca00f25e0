package org.tipmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tipmonitor.gateway.client.DownstreamGuards;

/** Each guarded part of a service has its own breaker (no service runs here: every call fails at once). */
@QuarkusTest
class DownstreamGuardsTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void failingCaseAggregatesOpenTheirOwnBreakerNotVictimServicesOther() {
        breakers.resetAll();
        String bob = TestTokens.of("bob", "analyst");
        // One ordinary call of victim-service, so that its breaker exists (one failure, far below the threshold).
        GraphErrorsTest.graphql(bob, "{ recruitmentPathways { id } }");
        for (int i = 0; i < 10; i++) {
            GraphErrorsTest.graphql(bob, "{ caseStatistics(groupBy: [YEAR]) { total } }");
        }
        assertThat(breakers.currentState(DownstreamGuards.VICTIM_CASES)).isEqualTo(CircuitBreakerState.OPEN);
        assertThat(breakers.currentState(DownstreamGuards.VICTIM)).isEqualTo(CircuitBreakerState.CLOSED);
    }
}
