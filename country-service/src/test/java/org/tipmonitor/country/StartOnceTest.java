package org.tipmonitor.country;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tipmonitor.commons.cluster.OncePerDatabase;

/**
 * Start-up work that replicas starting at once must do once (commons' OncePerDatabase, as the dataset
 * load and the demo import use it): several threads stand for the replicas, each with its own
 * transaction and connection on the real PostgreSQL.
 */
@QuarkusTest
class StartOnceTest {

    @Inject
    OncePerDatabase once;

    @Test
    void ofFourReplicasStartingAtOnceOneDoesTheWorkAndTheOthersFindItDone() throws Exception {
        String fingerprint = UUID.randomUUID().toString();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Future<Optional<OncePerDatabase.Done>>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                outcomes.add(replicas.submit(() -> {
                    start.await();
                    return once.run("test task", fingerprint, () -> {
                        done.incrementAndGet();
                        // Slow work, so that the others are sure to arrive while it runs.
                        sleep(500);
                        return "did it";
                    });
                }));
            }
            start.countDown();
            List<Optional<OncePerDatabase.Done>> results = new ArrayList<>();
            for (Future<Optional<OncePerDatabase.Done>> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(done.get()).isEqualTo(1);
            assertThat(results).filteredOn(Optional::isEmpty).hasSize(1);
            assertThat(results).filteredOn(Optional::isPresent).hasSize(3)
                    .allSatisfy(r -> assertThat(r.get().by()).contains(String.valueOf(ProcessHandle.current().pid())));
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void aNewFingerprintIsWorkToDoAgain() {
        AtomicInteger done = new AtomicInteger();
        String task = "test task " + UUID.randomUUID();
        assertThat(once.run(task, "v1", () -> done.incrementAndGet())).isEmpty();
        assertThat(once.run(task, "v1", () -> done.incrementAndGet())).isPresent();
        assertThat(once.run(task, "v2", () -> done.incrementAndGet())).isEmpty();
        assertThat(done.get()).isEqualTo(2);
    }

    @Test
    void failedWorkLeavesNoRecordAndIsDoneByTheNextReplica() {
        String task = "test task " + UUID.randomUUID();
        try {
            once.run(task, "v1", () -> {
                throw new IllegalStateException("the dataset was rejected");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the dataset was rejected");
        }
        AtomicInteger done = new AtomicInteger();
        assertThat(once.run(task, "v1", () -> done.incrementAndGet())).isEmpty();
        assertThat(done.get()).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
