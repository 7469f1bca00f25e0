package org.tipmonitor.gateway.health;

import io.netty.util.concurrent.EventExecutor;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the gateway can serve at all: every event loop still runs its tasks, and the heap still has
 * room after a collection. The first gateway once answered "UP" for minutes while one event loop was
 * stuck and the heap exhausted; a check that only says the process exists cannot see that. DOWN here
 * makes an orchestrator stop sending traffic (readiness) and restart the process (liveness).
 * A health request can itself be served by a healthy event loop, which is why the loops are watched by
 * heartbeat rather than by whether this check gets an answer out.
 */
@Liveness
@Readiness
@ApplicationScoped
public class ServingCheck implements HealthCheck {

    /** An event loop that has not run a task for this long is stuck (Vert.x warns after 2 s). */
    static final Duration STUCK = Duration.ofSeconds(10);
    /** Share of a heap pool still in use after a collection at which the heap counts as exhausted. */
    static final double EXHAUSTED = 0.95;

    private final Map<Integer, Long> heartbeats = new ConcurrentHashMap<>();
    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0)
            .toList();

    void start(@Observes StartupEvent event, Vertx vertx) {
        int index = 0;
        for (EventExecutor loop : vertx.nettyEventLoopGroup()) {
            int id = index++;
            heartbeats.put(id, System.nanoTime());
            loop.scheduleAtFixedRate(() -> heartbeats.put(id, System.nanoTime()), 1, 1, TimeUnit.SECONDS);
        }
        for (MemoryPoolMXBean pool : heap) {
            pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * EXHAUSTED));
        }
    }

    @Override
    public HealthCheckResponse call() {
        long now = System.nanoTime();
        long stuck = heartbeats.values().stream().filter(beat -> now - beat > STUCK.toNanos()).count();
        List<String> exhausted = heap.stream().filter(MemoryPoolMXBean::isCollectionUsageThresholdExceeded)
                .map(MemoryPoolMXBean::getName).toList();
        return HealthCheckResponse.named("serving")
                .status(stuck == 0 && exhausted.isEmpty())
                .withData("eventLoops", heartbeats.size())
                .withData("stuckEventLoops", stuck)
                .withData("heapExhausted", String.join(", ", exhausted))
                .build();
    }
}
