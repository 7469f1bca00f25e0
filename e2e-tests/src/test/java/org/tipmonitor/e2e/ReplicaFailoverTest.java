package org.tipmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load run (60 s, loopback only) through HAProxy while one replica of every service and of
 * the gateway is killed (SIGKILL, no goodbye), one after the other: no write that was acknowledged is
 * lost, and the share of requests that failed is reported (printed, and written to
 * target/replica-failover.txt), not asserted: how many requests were in flight on a replica when it
 * died depends on the machine. Runs last of the replica tests, as it leaves one replica of each.
 *
 * <p>The writes are implementation updates of one recommendation through the gateway (alice), each
 * naming the version it read and a requestId; the reads are the graph (bob) and each service's REST API
 * through the balancer. A write is acknowledged when its answer carries the new version; it is then
 * looked for in the recommendation's history at the end.
 */
@Tag("replicas")
@Order(Stack.STOPS_PARTS)
class ReplicaFailoverTest {

    static final String RECOMMENDATION = "RUS-2024-16";
    static final Duration RUN = Duration.ofSeconds(60);
    /** When (seconds into the run) which replica 1 is killed: the gateway first, then each service. */
    static final Map<Stack, Integer> KILLS = Map.of(Stack.GATEWAY, 15, Stack.COUNTRY, 25, Stack.VICTIM, 35,
            Stack.RECOMMENDATION, 45);
    static final String READ = "{ countries(tier: TIER_3, year: 2025) { code assessment { tier } statistics { id } }"
            + " recommendations(country: \"RUS\") { id status } }";
    static final String WRITE = """
            mutation { recordImplementationUpdate(input: {recommendationId: "%s", status: IN_PROGRESS,
              note: "%s", expectedVersion: %d, requestId: "%s"}) { version } }""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, LongAdder[]> counts = new ConcurrentHashMap<>();

    @Test
    void killingOneReplicaOfEachServiceUnderLoadLosesNoAcknowledgedWrite() throws Exception {
        String alice = Realm.user("alice");
        String bob = Realm.user("bob");
        Graph.warmUp(bob);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<String> killed = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long start = System.nanoTime();

        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> loops = new ArrayList<>();
        try {
            loops.add(load.submit(() -> writes(alice, run, acknowledged, running)));
            loops.add(load.submit(() -> reads(bob, running, 0)));
            loops.add(load.submit(() -> reads(bob, running, 1)));
            for (Stack service : KILLS.keySet().stream().sorted((a, b) -> KILLS.get(a) - KILLS.get(b)).toList()) {
                sleepUntil(start, Duration.ofSeconds(KILLS.get(service)));
                long pid = Replicas.pid(service, 1);
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                killed.add(Replicas.name(service) + "-1 (pid " + pid + ") at " + KILLS.get(service) + " s");
            }
            sleepUntil(start, RUN);
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
            load.shutdownNow();
        }

        // Every acknowledged write is in the history, read through the balancer from the surviving replicas.
        Set<String> notes = new HashSet<>();
        JsonNode history = graph(alice, "{ recommendations(country: \"RUS\") { id history { note } } }");
        for (JsonNode r : history.path("data").path("recommendations")) {
            if (r.path("id").asText().equals(RECOMMENDATION)) {
                r.path("history").forEach(h -> notes.add(h.path("note").asText()));
            }
        }
        List<String> lost = acknowledged.stream().filter(n -> !notes.contains(n)).toList();
        String report = report(killed, acknowledged.size(), lost.size());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/replica-failover.txt"), report);

        assertThat(history.path("errors").isMissingNode()).as("the history read after the run: %s", history).isTrue();
        assertThat(acknowledged).as("acknowledged writes").isNotEmpty();
        assertThat(lost).as("acknowledged writes missing from the history").isEmpty();
    }

    /** One write at a time, each naming the version it read; after a failure the version is read again. */
    private void writes(String alice, String run, List<String> acknowledged, AtomicBoolean running) {
        Integer version = null;
        int n = 0;
        while (running.get()) {
            if (version == null) {
                version = currentVersion(alice);
                if (version == null) {
                    pause(200);
                    continue;
                }
            }
            String note = "Replica failover run " + run + ", write " + (++n);
            JsonNode answer = graph(alice, WRITE.formatted(RECOMMENDATION, note, version, UUID.randomUUID()));
            JsonNode written = answer.path("data").path("recordImplementationUpdate").path("version");
            boolean ok = answer.path("errors").isMissingNode() && written.isInt();
            count("write (gateway -> recommendation-service)", ok);
            if (ok) {
                acknowledged.add(note);
                version = written.asInt();
            } else {
                version = null;
            }
            pause(150);
        }
    }

    private Integer currentVersion(String alice) {
        JsonNode answer = graph(alice, "{ recommendations(country: \"RUS\") { id version } }");
        for (JsonNode r : answer.path("data").path("recommendations")) {
            if (r.path("id").asText().equals(RECOMMENDATION)) {
                return r.path("version").asInt();
            }
        }
        return null;
    }

    private void reads(String bob, AtomicBoolean running, int which) {
        List<Stack> services = List.of(Stack.COUNTRY, Stack.VICTIM, Stack.RECOMMENDATION);
        String[] paths = {"/api/v1/countries", "/api/v1/statistics?country=CUB", "/api/v1/recommendations?country=RUS"};
        int i = which;
        while (running.get()) {
            if (i % 2 == 0) {
                JsonNode answer = graph(bob, READ);
                count("read (graph through the gateway)", answer.path("errors").isMissingNode()
                        && answer.path("data").path("countries").isArray());
            } else {
                int s = (i / 2) % services.size();
                count("read (" + Replicas.name(services.get(s)) + " REST)", get(bob, services.get(s).url(paths[s])));
            }
            i++;
        }
    }

    private JsonNode graph(String token, String query) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Stack.GATEWAY.url("/graphql")))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return json.createObjectNode().put("errors", "HTTP " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            return json.createObjectNode().put("errors", String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return json.createObjectNode().put("errors", "interrupted");
        }
    }

    private boolean get(String token, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void count(String kind, boolean ok) {
        LongAdder[] c = counts.computeIfAbsent(kind, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        c[0].increment();
        if (!ok) {
            c[1].increment();
        }
    }

    private String report(List<String> killed, int acknowledged, int lost) {
        StringBuilder out = new StringBuilder("Replica failover, " + RUN.toSeconds()
                + " s of load through HAProxy (loopback), one replica of each killed:\n");
        killed.forEach(k -> out.append("  killed ").append(k).append('\n'));
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            long total = e.getValue()[0].sum();
            long failed = e.getValue()[1].sum();
            out.append(String.format("  %-45s %6d requests, %4d failed (%.2f %%)%n", e.getKey(), total, failed,
                    total == 0 ? 0.0 : 100.0 * failed / total));
        });
        out.append(String.format("  acknowledged writes: %d, lost: %d%n", acknowledged, lost));
        return out.toString();
    }

    private static void sleepUntil(long start, Duration at) {
        long left = at.toMillis() - (System.nanoTime() - start) / 1_000_000;
        if (left > 0) {
            pause(left);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
