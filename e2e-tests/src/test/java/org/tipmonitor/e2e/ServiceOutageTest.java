package org.tipmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Stops the real victim-service process: its fields come back empty with UNAVAILABLE while the rest
 * is answered; once it is started again, the gateway answers in full again.
 */
@Order(Stack.STOPS_PARTS)
class ServiceOutageTest {

    static final Path ROOT = Path.of(System.getProperty("tip.root", ".."));
    static final String QUERY = "{ countries(tier: TIER_3, year: 2025) { code assessment { tier } statistics { id } } }";

    @Test
    void whenVictimServiceIsDownItsFieldsAreUnavailableAndTheRestIsAnswered() throws Exception {
        String bob = Realm.user("bob");
        stopVictimService();
        try {
            JsonPath partial = Graph.query(bob, QUERY).jsonPath();
            assertThat(partial.getList("data.countries.code", String.class)).containsExactly("CUB", "RUS");
            assertThat(partial.getList("data.countries.assessment.tier", String.class)).containsOnly("TIER_3");
            assertThat(partial.getList("data.countries.statistics.flatten()")).isEmpty();
            assertThat(partial.getList("errors.extensions.code", String.class)).isNotEmpty().containsOnly("UNAVAILABLE");
            assertThat(partial.getList("errors.path", List.class)).allMatch(path -> path.contains("statistics"));
        } finally {
            startStack();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonPath recovered;
        do {
            Thread.sleep(1000);
            recovered = Graph.query(bob, QUERY).jsonPath();
        } while (recovered.getList("errors") != null && Instant.now().isBefore(deadline));
        assertThat(recovered.getList("errors")).as("errors after victim-service is back").isNull();
        assertThat(recovered.getList("data.countries.statistics.flatten()")).isNotEmpty();
    }

    private static void stopVictimService() throws IOException, InterruptedException {
        Path pidFile = ROOT.resolve(".run/pids/victim-service.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroy();
        process.onExit().join();
        while (listening(Stack.VICTIM.port)) {
            Thread.sleep(200);
        }
    }

    private static void startStack() throws IOException, InterruptedException {
        Process run = new ProcessBuilder(ROOT.resolve("deploy/run.sh").toString(), "--no-build")
                .inheritIO().start();
        assertThat(run.waitFor()).as("deploy/run.sh --no-build exit code").isZero();
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
