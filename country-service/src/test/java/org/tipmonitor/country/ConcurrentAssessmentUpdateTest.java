package org.tipmonitor.country;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Admins who update the same assessment at once from the same version: one wins, none is lost silently. */
@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class ConcurrentAssessmentUpdateTest {

    @Test
    void ofTwentyWritersWithTheSameVersionExactlyOneLandsAndTheOthersAreToldOfTheConflict() throws Exception {
        AssessmentWriteTest.createCountry("TCC");
        AssessmentWriteTest.postAssessment("TCC", AssessmentWriteTest.assessment(2012, "TIER_2", 1)).statusCode(201);

        int writers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int convictions = 100 + i;
            Callable<Integer> write = () -> {
                Map<String, Object> body = AssessmentWriteTest.assessment(2012, "TIER_2_WATCH_LIST", convictions);
                body.put("version", 0);
                start.await();
                return AssessmentWriteTest.putAssessment("TCC", 2012, body).extract().statusCode();
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        given().get("/api/v1/countries/TCC/assessments/2012").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(1));
    }
}
