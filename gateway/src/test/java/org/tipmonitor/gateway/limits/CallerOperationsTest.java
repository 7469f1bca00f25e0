package org.tipmonitor.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallerOperationsTest {

    @Test
    void aCallerGetsAsManyOperationsAsTheLimitAndNoMoreUntilOneEnds() {
        CallerOperations operations = new CallerOperations(2);
        assertThat(operations.tryAcquire("carol")).isTrue();
        assertThat(operations.tryAcquire("carol")).isTrue();
        assertThat(operations.tryAcquire("carol")).isFalse();
        assertThat(operations.tryAcquire("bob")).as("another caller is not affected").isTrue();
        operations.release("carol");
        assertThat(operations.tryAcquire("carol")).isTrue();
    }

    @Test
    void aCallerWithNothingRunningHoldsNoEntry() {
        CallerOperations operations = new CallerOperations(2);
        operations.tryAcquire("carol");
        operations.release("carol");
        assertThat(operations.running("carol")).isZero();
        operations.release("carol");
        assertThat(operations.running("carol")).as("a release without an operation never goes negative").isZero();
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheLimit() throws Exception {
        CallerOperations operations = new CallerOperations(3);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                attempts.add(threads.submit(() -> {
                    start.await();
                    return operations.tryAcquire("carol");
                }));
            }
            start.countDown();
            long granted = 0;
            for (Future<Boolean> attempt : attempts) {
                granted += attempt.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(granted).isEqualTo(3);
            assertThat(operations.running("carol")).isEqualTo(3);
        } finally {
            threads.shutdownNow();
        }
    }
}
