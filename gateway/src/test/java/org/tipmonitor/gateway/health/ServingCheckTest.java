package org.tipmonitor.gateway.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServingCheckTest {

    @Inject
    @Liveness
    ServingCheck check;
    @Inject
    Vertx vertx;

    @Test
    void livenessAndReadinessIncludeWhetherTheGatewayCanServe() {
        for (String probe : new String[] {"/q/health/live", "/q/health/ready"}) {
            given().get(probe).then().statusCode(200)
                    .body("checks.name", hasItem("serving"))
                    .body("checks.find { it.name == 'serving' }.status", equalTo("UP"));
        }
    }

    /** The failure the first gateway hid: one event loop stuck while the check kept saying UP. */
    @Test
    void aStuckEventLoopMakesTheGatewayDownUntilItRunsAgain() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        vertx.nettyEventLoopGroup().next().execute(() -> {
            try {
                release.await(ServingCheck.STUCK.toSeconds() + 20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(waitFor(HealthCheckResponse.Status.DOWN)).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(check.call().getData().orElseThrow().get("stuckEventLoops")).isEqualTo(1L);
        } finally {
            release.countDown();
        }
        assertThat(waitFor(HealthCheckResponse.Status.UP)).isEqualTo(HealthCheckResponse.Status.UP);
    }

    private HealthCheckResponse.Status waitFor(HealthCheckResponse.Status expected) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(ServingCheck.STUCK.toSeconds() + 10);
        HealthCheckResponse.Status status = check.call().getStatus();
        while (status != expected && System.nanoTime() < until) {
            Thread.sleep(250);
            status = check.call().getStatus();
        }
        return status;
    }
}
