package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With replicas, Keycloak runs as a cluster of two nodes (Infinispan, the nodes finding each other
 * through their shared PostgreSQL database) behind HAProxy: both nodes see a view of two members, and
 * what one node issued the other honours.
 */
@Tag("replicas")
class KeycloakClusterTest {

    static String node(int i) {
        return "http://localhost:" + (i * 10_000 + 8180) + "/realms/tip-monitor/protocol/openid-connect";
    }

    @Test
    void bothNodesAreMembersOfOneClusterOfTwo() throws IOException {
        for (int i = 1; i <= Replicas.COUNT; i++) {
            String log = Files.readString(Replicas.RUN.resolve("logs/keycloak-" + i + ".log"));
            // Infinispan's "ISPN000094: Received new cluster view for channel ISPN: [a|1] (2) [a, b]".
            String lastView = log.lines().filter(l -> l.contains("ISPN000094")).reduce((a, b) -> b).orElse("");
            assertThat(lastView).as("node %d's last cluster view", i).contains("(2)");
        }
    }

    @Test
    void aSessionStartedOnOneNodeIsRefreshedOnTheOtherAndItsTokenIsAccepted() {
        Map<String, Object> tokens = given().formParams(Map.of("grant_type", "password", "client_id", "tip-cli",
                        "username", "alice", "password", "alice"))
                .post(node(1) + "/token").then().statusCode(200).extract().as(Map.class);
        String refreshed = given().formParams(Map.of("grant_type", "refresh_token", "client_id", "tip-cli",
                        "refresh_token", tokens.get("refresh_token")))
                .post(node(2) + "/token").then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(refreshed).get(Stack.COUNTRY.url("/api/v1/countries")).then().statusCode(200);

        // Signed out on node 2: node 1 no longer refreshes the session.
        given().formParams(Map.of("client_id", "tip-cli", "refresh_token", tokens.get("refresh_token")))
                .post(node(2) + "/logout").then().statusCode(204);
        given().formParams(Map.of("grant_type", "refresh_token", "client_id", "tip-cli",
                        "refresh_token", tokens.get("refresh_token")))
                .post(node(1) + "/token").then().statusCode(400);
    }
}
