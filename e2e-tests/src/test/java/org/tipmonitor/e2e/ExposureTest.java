package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the stack shows about itself to browsers, partners and the network (issue 17, item 8). */
class ExposureTest {

    static final String PARTNER_QUERY = "{ countries(tier: TIER_3, year: 2025) { code assessment { tier } } }";

    @Test
    void theWebClientForbidsFramingSniffingInlineScriptsAndReferrers() {
        for (String path : List.of("/", "/index.html", "/app.js")) {
            Response page = given().get(Stack.GATEWAY.url(path)).then().statusCode(200).extract().response();
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).as("CSP of " + path).contains("frame-ancestors 'none'").contains("default-src 'self'");
            assertThat(directive(csp, "script-src")).as("script-src of " + path).doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
    }

    @Test
    void graphiqlMayNotBeFramedEither() {
        Response page = given().redirects().follow(false).get(Stack.GATEWAY.url("/q/graphql-ui/"));
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void serverTimingNamesTheServicesToAdminsOnly() {
        assertThat(Graph.query(Realm.partnerSystem(), PARTNER_QUERY).header("Server-Timing")).isNull();
        assertThat(Graph.query(Realm.user("carol"), PARTNER_QUERY).header("Server-Timing")).isNull();
        assertThat(Graph.query(Realm.user("bob"), PARTNER_QUERY).header("Server-Timing")).isNull();
        assertThat(Graph.query(Realm.user("alice"), PARTNER_QUERY).header("Server-Timing")).contains("country-service");
    }

    @Test
    void theServicesListenOnTheLoopbackInterfaceOnly() throws SocketException {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        for (Stack service : List.of(Stack.COUNTRY, Stack.VICTIM, Stack.RECOMMENDATION)) {
            assertThat(listening(new InetSocketAddress("127.0.0.1", service.port))).as(service + " on 127.0.0.1").isTrue();
            assertThat(listening(new InetSocketAddress(external.get(), service.port)))
                    .as(service + " on " + external.get().getHostAddress()).isFalse();
        }
    }

    @Test
    void theServicesClientSecretCanReadResourcesButNotChangeThem() {
        String serviceAccount = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "tip-services",
                        "client_secret", Realm.secret("TIP_SERVICES_SECRET", "tip-services-secret")))
                .post(Realm.URL + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        // The policy enforcer needs to look resources up (protection API, read) ...
        given().auth().oauth2(serviceAccount).queryParam("name", "country-api")
                .get(Realm.URL + "/authz/protection/resource_set").then().statusCode(200);
        // ... but remote resource management is off: the secret cannot create, change or delete them.
        int status = given().auth().oauth2(serviceAccount).contentType("application/json")
                .body(Map.of("name", "e2e-forged-resource", "uris", List.of("/api/*")))
                .post(Realm.URL + "/authz/protection/resource_set").statusCode();
        assertThat(status).as("creating a resource with the services' secret").isBetween(400, 403);
        assertThat(given().auth().oauth2(serviceAccount).queryParam("name", "e2e-forged-resource")
                .get(Realm.URL + "/authz/protection/resource_set").then().statusCode(200).extract().jsonPath()
                .getList("$")).as("resources named e2e-forged-resource").isEmpty();
    }

    private static String directive(String csp, String name) {
        for (String directive : csp.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        return "";
    }

    private static boolean listening(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
