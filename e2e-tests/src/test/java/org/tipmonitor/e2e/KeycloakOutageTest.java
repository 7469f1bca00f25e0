package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Stops the real Keycloak. A caller whose permissions the stack already holds (the gateway's cached
 * RPT, the services' cached path lookups, the realm's cached signing keys) is still served; whatever
 * needs Keycloak is answered 503 problem+json by the services and UNAVAILABLE by the gateway, never
 * 403/FORBIDDEN; readiness stays UP and says Keycloak is unreachable, the dependencies group is DOWN.
 * Keycloak is started again afterwards, whatever happened (runs after the other tests).
 */
@Order(Stack.STOPS_KEYCLOAK)
class KeycloakOutageTest {

    static final Path ROOT = Path.of(System.getProperty("tip.root", ".."));
    static final String TIER_3 = "{ countries(tier: TIER_3, year: 2025) { code assessment { tier } } }";
    static final List<Stack> SERVICES = List.of(Stack.COUNTRY, Stack.VICTIM, Stack.RECOMMENDATION);

    @Test
    void withKeycloakDownKnownCallersAreServedAndEverythingElseIsUnavailableNeverForbidden() throws Exception {
        // Before the outage: tokens, bob's RPT in the gateway (by asking), a path the service has looked up.
        String bob = Realm.fresh("bob");
        String carol = Realm.fresh("carol"); // never used at the gateway before the outage: no RPT cached
        String bobRpt = Realm.rpt(bob);
        String warmPath = "/api/v1/countries/CUB/statutes";
        String coldPath = "/api/v1/countries/CUB/assessments/" + ThreadLocalRandom.current().nextInt(2060, 2100);
        JsonPath before = Graph.query(bob, TIER_3).jsonPath();
        assertThat(before.getList("errors")).isNull();
        given().auth().oauth2(bobRpt).get(Stack.COUNTRY.url(warmPath)).then().statusCode(200);

        keycloak("stop");
        waitFor("every service to see that Keycloak is unreachable", () -> SERVICES.stream()
                .allMatch(s -> "unreachable".equals(keycloakState(s))));

        // Readiness stays UP (traffic keeps coming: some of it can be served) and says why; the
        // dependencies group is DOWN, for monitoring.
        for (Stack service : SERVICES) {
            given().get(service.url("/q/health/ready")).then().statusCode(200);
            given().get(service.url("/q/health/group/dependencies")).then().statusCode(503);
        }

        // bob's RPT is cached by the gateway, the path lookups by country-service: served as before.
        JsonPath during = Graph.query(bob, TIER_3).jsonPath();
        assertThat(during.getList("errors")).as("errors for a caller whose permissions are cached").isNull();
        assertThat(during.getList("data.countries.code", String.class))
                .isEqualTo(before.getList("data.countries.code", String.class));
        // Directly: an RPT on a path looked up before is decided locally.
        given().auth().oauth2(bobRpt).get(Stack.COUNTRY.url(warmPath)).then().statusCode(200);

        // What needs Keycloak: 503 problem+json, not 403.
        unavailable(given().auth().oauth2(bob).get(Stack.COUNTRY.url(warmPath)), "a plain access token");
        unavailable(given().auth().oauth2(bobRpt).get(Stack.COUNTRY.url(coldPath)), "a path not looked up yet");
        // carol has no RPT yet and Keycloak cannot grant one: UNAVAILABLE, not FORBIDDEN.
        JsonPath carols = Graph.query(carol, "{ countries { code } tierSummary(year: 2025) { tier1 } }").jsonPath();
        assertThat(carols.getList("errors.extensions.code", String.class)).isNotEmpty().containsOnly("UNAVAILABLE");
        assertThat(carols.getString("errors.message")).doesNotContain("refused");
    }

    private static void unavailable(Response response, String what) {
        assertThat(response.statusCode()).as("status for " + what).isEqualTo(503);
        assertThat(response.contentType()).as("content type for " + what).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains("Keycloak");
        assertThat(response.header("Retry-After")).isNotBlank();
    }

    @AfterAll
    static void startKeycloakAgain() throws Exception {
        keycloak("start");
        waitFor("every service to see Keycloak again", () -> SERVICES.stream()
                .allMatch(s -> "reachable".equals(keycloakState(s))));
        String carol = Realm.fresh("carol");
        waitFor("the gateway to answer carol in full", () -> Graph.query(carol, "{ countries { code } }").jsonPath()
                .getList("errors") == null);
    }

    /** Keycloak's state as the service's readiness reports it (data of its Keycloak check). */
    private static String keycloakState(Stack service) {
        return given().get(service.url("/q/health/ready")).jsonPath()
                .getString("checks.find { it.name == 'Keycloak (authorization server)' }.data.keycloak");
    }

    private static void keycloak(String command) throws Exception {
        Process script = new ProcessBuilder(ROOT.resolve("deploy/keycloak.sh").toString(), command).inheritIO().start();
        assertThat(script.waitFor()).as("deploy/keycloak.sh " + command + " exit code").isZero();
    }

    /** Polls once a second, for at most 60 seconds. */
    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(1000);
        }
    }
}
