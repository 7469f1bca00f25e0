package org.tipmonitor.recommendation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Fifty admins writing the same recommendation at once, over real concurrent HTTP requests. */
@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class ConcurrentUpdateTest {

    static final int WRITERS = 50;

    @Test
    void ofFiftyWritersNamingTheSameVersionExactlyOneWinsAndTheOthersGetConflicts() throws Exception {
        List<Integer> codes = race(i -> () -> post("RUS-2025-01", "writer " + i, 0));
        assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes::toString);
        assertEquals(WRITERS - 1, codes.stream().filter(c -> c == 409).count(), codes::toString);
        JsonPath stored = given().get("/api/v1/recommendations/RUS-2025-01").then().statusCode(200).extract().jsonPath();
        assertEquals(1, stored.getInt("version"));
        assertEquals(1, stored.getList("history").size());
    }

    @Test
    void fiftyWritersThatRereadAndRetryAllLandExactlyOnce() throws Exception {
        List<Integer> codes = race(i -> () -> {
            int code;
            int attempts = 0;
            do {
                if (attempts++ > 0) {
                    // Losers back off a little at random, as a client should, so that fifty do not collide again.
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 50));
                }
                int version = given().get("/api/v1/recommendations/RUS-2025-02").then().statusCode(200)
                        .extract().path("version");
                code = post("RUS-2025-02", "writer " + i, version);
            } while (code == 409);
            return code;
        });
        assertEquals(List.of(201), codes.stream().distinct().toList());
        JsonPath stored = given().get("/api/v1/recommendations/RUS-2025-02").then().statusCode(200).extract().jsonPath();
        assertEquals(WRITERS, stored.getInt("version"));
        List<Integer> versions = stored.getList("history.version", Integer.class);
        assertEquals(IntStream.rangeClosed(1, WRITERS).boxed().sorted((a, b) -> b - a).toList(), versions);
        List<String> notes = stored.getList("history.note", String.class);
        assertEquals(WRITERS, new HashSet<>(notes).size());
        assertEquals(IntStream.range(0, WRITERS).mapToObj(i -> "writer " + i).collect(Collectors.toSet()),
                new HashSet<>(notes));
    }

    @Test
    void fiftyRetriesOfOneWriteWithTheSameRequestIdWriteItOnceAndAllAnswerItsResult() throws Exception {
        Map<String, Object> body = Map.of("status", "IN_PROGRESS", "note", "one write, retried fifty times",
                "expectedVersion", 0, "requestId", "c0ffee00-0000-4000-8000-000000000017");
        List<String> answers = race(i -> () -> {
            var response = given().contentType(ContentType.JSON).body(body)
                    .post("/api/v1/recommendations/RUS-2025-03/updates").then().extract();
            return response.statusCode() + " version " + response.path("version") + " "
                    + response.header("Location");
        });
        assertEquals(List.of("201 version 1 " + answers.get(0).substring(answers.get(0).indexOf("http"))),
                answers.stream().distinct().toList());
        JsonPath stored = given().get("/api/v1/recommendations/RUS-2025-03").then().statusCode(200).extract().jsonPath();
        assertEquals(1, stored.getInt("version"));
        assertEquals(List.of("one write, retried fifty times"), stored.getList("history.note", String.class));
    }

    private static int post(String id, String note, int expectedVersion) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "note", note, "expectedVersion", expectedVersion))
                .post("/api/v1/recommendations/" + id + "/updates").then().extract().statusCode();
    }

    /** Starts every writer at the same moment and returns their final status codes. */
    private static <T> List<T> race(IntFunction<Callable<T>> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Callable<T> task = writer.apply(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> codes = new ArrayList<>();
            for (Future<T> f : results) {
                codes.add(f.get());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
