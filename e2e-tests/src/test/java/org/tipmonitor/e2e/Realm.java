package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;

import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the running Keycloak's tip-monitor realm, and the bad ones a matrix needs. */
final class Realm {

    static final String URL = System.getProperty("tip.keycloak.url", "http://localhost:8180") + "/realms/tip-monitor";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Realm() {
    }

    /** An access token of a demo user (password = user name) through the public tip-cli client. */
    static String user(String name) {
        return CACHE.computeIfAbsent(name, n -> password("tip-cli", n));
    }

    /** A partner organization's own system: client credentials of its confidential client. */
    static String partnerSystem() {
        return system("partner-freedom-network", "TIP_PARTNER_FREEDOM_NETWORK_SECRET", "freedom-network-secret");
    }

    /** The other demo organization's system (safe-passage): client credentials of its confidential client. */
    static String safePassageSystem() {
        return system("partner-safe-passage", "TIP_PARTNER_SAFE_PASSAGE_SECRET", "safe-passage-secret");
    }

    private static String system(String client, String secretVariable, String demoSecret) {
        return CACHE.computeIfAbsent(client, c -> given()
                .formParams(Map.of("grant_type", "client_credentials", "client_id", c,
                        "client_secret", secret(secretVariable, demoSecret)))
                .post(URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token"));
    }

    /** The system of another partner organization (Safe Passage Alliance): client credentials of its client. */
    static String partnerSystem(String client, String secretVariable, String demoSecret) {
        return CACHE.computeIfAbsent(client, c -> given()
                .formParams(Map.of("grant_type", "client_credentials", "client_id", c,
                        "client_secret", secret(secretVariable, demoSecret)))
                .post(URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A real token of alice whose one-second lifespan has run out. */
    static String expired() {
        return CACHE.computeIfAbsent("expired", n -> {
            String token = password("tip-test-expiring", "alice");
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return token;
        });
    }

    /** A real token of alice issued for another audience than tip-services. */
    static String otherAudience() {
        return CACHE.computeIfAbsent("other-audience", n -> password("tip-test-other-audience", "alice"));
    }

    /** alice's token with its claims changed to another user: the signature no longer matches. */
    static String forged() {
        String[] parts = user("alice").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"alice\"", "\"mallory\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "."
                + parts[2];
    }

    /** A fresh access token of a demo user, not shared with other tests (so no RPT is cached for it yet). */
    static String fresh(String name) {
        return password("tip-cli", name);
    }

    /** An RPT for the caller's token: Keycloak's UMA grant for the tip-services audience, as the gateway asks. */
    static String rpt(String token) {
        return given().auth().oauth2(token)
                .formParams(Map.of("grant_type", "urn:ietf:params:oauth:grant-type:uma-ticket", "audience", "tip-services"))
                .post(URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    /** A client secret: the one the stack was started with (environment), else the local demo value. */
    static String secret(String variable, String demoValue) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? demoValue : value;
    }

    private static String password(String client, String user) {
        return given().formParams(Map.of("grant_type", "password", "client_id", client, "username", user,
                        "password", user))
                .post(URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }
}
