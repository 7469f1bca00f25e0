package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI's sign-in (authorization code with PKCE through the realm's public client, redirected back
 * to Swagger UI) yields a token the service accepts; Keycloak records logins and admin events (issue 15).
 */
class SignInAndAuditTest {

    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    @Test
    void swaggerUiSignsInWithThePublicClientAndPkce() {
        for (Stack service : List.of(Stack.COUNTRY, Stack.VICTIM, Stack.RECOMMENDATION)) {
            String page = given().get(service.url("/q/swagger-ui/")).then().statusCode(200).extract().asString();
            assertThat(page).as(service + " Swagger UI").contains("tip-web").contains("usePkceWithAuthorizationCodeGrant");
        }
    }

    @Test
    void aPersonSignedInThroughSwaggerUisRedirectCallsTheService() throws NoSuchAlgorithmException {
        String redirect = Stack.COUNTRY.url("/q/swagger-ui/oauth2-redirect.html");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Response login = given().redirects().follow(false)
                .queryParams(Map.of("client_id", "tip-web", "redirect_uri", redirect, "response_type", "code",
                        "scope", "openid", "state", "swagger", "code_challenge", challenge,
                        "code_challenge_method", "S256"))
                .get(Realm.URL + "/protocol/openid-connect/auth");
        assertThat(login.statusCode()).as(login.asString()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(login.asString());
        assertThat(action.find()).as("the login form").isTrue();
        Response signedIn = given().redirects().follow(false).cookies(login.getCookies())
                .formParams(Map.of("username", "bob", "password", "bob"))
                .post(action.group(1).replace("&amp;", "&"));
        if (signedIn.statusCode() == 200) {
            // With Organizations on, Keycloak's login asks for the user name first, then the password.
            Matcher passwordForm = FORM_ACTION.matcher(signedIn.asString());
            assertThat(passwordForm.find()).as("the password form").isTrue();
            Map<String, String> cookies = new java.util.HashMap<>(login.getCookies());
            cookies.putAll(signedIn.getCookies());
            signedIn = given().redirects().follow(false).cookies(cookies)
                    .formParams(Map.of("password", "bob"))
                    .post(passwordForm.group(1).replace("&amp;", "&"));
        }
        assertThat(signedIn.statusCode()).as(signedIn.asString()).isEqualTo(302);
        URI back = URI.create(signedIn.header("Location"));
        assertThat(back.toString()).startsWith(redirect);
        String code = query(back).get("code");
        assertThat(query(back).get("state")).isEqualTo("swagger");

        String token = given().formParams(Map.of("grant_type", "authorization_code", "client_id", "tip-web",
                        "code", code, "redirect_uri", redirect, "code_verifier", verifier))
                .post(Realm.URL + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        given().auth().oauth2(token).get(Stack.COUNTRY.url("/api/v1/countries/NGA")).then().statusCode(200);
    }

    @Test
    void aRedirectUriTheRealmDoesNotKnowIsRefused() {
        // Refused before any login form is shown: a code could never be sent to another page.
        given().redirects().follow(false)
                .queryParams(Map.of("client_id", "tip-web", "redirect_uri", "http://localhost:9999/q/swagger-ui/oauth2-redirect.html",
                        "response_type", "code", "scope", "openid", "code_challenge", "x".repeat(43),
                        "code_challenge_method", "S256"))
                .get(Realm.URL + "/protocol/openid-connect/auth").then().statusCode(400);
    }

    @Test
    void keycloakRecordsLoginsAndAdminEventsOfTheRealm() throws InterruptedException {
        String admin = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", "admin", "password", "admin"))
                .post(Realm.URL.replace("/realms/tip-monitor", "/realms/master") + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String adminApi = Realm.URL.replace("/realms/", "/admin/realms/");
        Response config = given().auth().oauth2(admin).get(adminApi + "/events/config").then().statusCode(200)
                .extract().response();
        assertThat(config.jsonPath().getBoolean("eventsEnabled")).isTrue();
        assertThat(config.jsonPath().getBoolean("adminEventsEnabled")).isTrue();
        assertThat(config.jsonPath().getBoolean("adminEventsDetailsEnabled")).isTrue();
        assertThat(config.jsonPath().getLong("eventsExpiration")).isEqualTo(90L * 24 * 3600);

        String userId = given().auth().oauth2(admin).queryParam("username", "dave").queryParam("exact", true)
                .get(adminApi + "/users").then().statusCode(200).extract().path("[0].id");
        Realm.fresh("dave");
        List<Object> logins = List.of();
        // The event is written as the login completes; a moment's grace for a busy machine.
        for (int attempt = 0; attempt < 10 && logins.isEmpty(); attempt++) {
            logins = given().auth().oauth2(admin).queryParams(Map.of("type", "LOGIN", "user", userId, "client", "tip-cli"))
                    .get(adminApi + "/events").then().statusCode(200).extract().jsonPath().getList("$");
            if (logins.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(logins).as("dave's logins through tip-cli").isNotEmpty();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
