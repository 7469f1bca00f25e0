package org.tipmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A write retried with its requestId is done once, through the real gateway with alice's real token. The
 * stack's database lives on between runs, so every run reads the current version and uses a new key.
 */
class IdempotentWriteTest {

    static final String ID = "CUB-2025-04";
    static final String MUTATION = """
            mutation { recordImplementationUpdate(input: {recommendationId: "%s", status: IN_PROGRESS,
              note: "End-to-end test: one write, retried", expectedVersion: %d, requestId: "%s"}) {
              id status version history { status note recordedAt } } }""";

    static int version(String token) {
        return Graph.query(token, "{ recommendations(country: \"CUB\") { id version } }").jsonPath()
                .getInt("data.recommendations.find { it.id == '" + ID + "' }.version");
    }

    @Test
    void aRetryWithTheSameRequestIdGetsTheSameResultAndWritesOnce() throws Exception {
        String alice = Realm.user("alice");
        Graph.warmUp(alice);
        int before = version(alice);
        String mutation = MUTATION.formatted(ID, before, UUID.randomUUID());

        JsonPath first = Graph.query(alice, mutation).jsonPath();
        assertThat(first.getList("errors")).isNull();
        assertThat(first.getInt("data.recordImplementationUpdate.version")).isEqualTo(before + 1);

        // The client did not see that answer (a timeout, say) and sends the same write again, several times at once.
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<String>> retries = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                retries.add(pool.submit(() -> Graph.query(alice, mutation).jsonPath()
                        .getString("data.recordImplementationUpdate")));
            }
            for (Future<String> retry : retries) {
                assertThat(retry.get()).isEqualTo(first.getString("data.recordImplementationUpdate"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(version(alice)).isEqualTo(before + 1);
    }

    @Test
    void theSameRequestIdForAnotherWriteIsRefusedAndWritesNothing() {
        String alice = Realm.user("alice");
        int before = version(alice);
        String key = UUID.randomUUID().toString();
        assertThat(Graph.query(alice, MUTATION.formatted(ID, before, key)).jsonPath().getList("errors")).isNull();
        JsonPath reused = Graph.query(alice, MUTATION.formatted(ID, before + 1, key)).jsonPath();
        assertThat(reused.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(reused.getString("errors[0].message")).contains("requestId");
        assertThat(version(alice)).isEqualTo(before + 1);
    }
}
