package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every service endpoint against every kind of caller, with the real Keycloak: the expected status
 * of each cell is asserted, and the number of cells is printed. Writes carry an invalid body, so that
 * an admin's request passes the access rules (400, nothing written) while everyone else's is refused.
 */
class SecurityMatrixTest {

    enum Caller {
        NONE, FORGED, EXPIRED, OTHER_AUDIENCE, ALICE_ADMIN, BOB_ANALYST, CAROL_PARTNER, PARTNER_SYSTEM
    }

    record Endpoint(Stack service, String method, String path, String contentType, String body) {
        boolean write() {
            return !method.equals("GET");
        }

        /** The audit history: admins and analysts read it, partners do not (country-service AccessRules). */
        boolean history() {
            return path.contains("/history");
        }

        @Override
        public String toString() {
            return method + " " + service.url(path);
        }
    }

    static final String BAD_JSON = "{\"bad\": true}";
    static final List<Endpoint> ENDPOINTS = List.of(
            read(Stack.COUNTRY, "/api/v1/countries"),
            read(Stack.COUNTRY, "/api/v1/countries?tier=TIER_3&year=2025"),
            read(Stack.COUNTRY, "/api/v1/countries/RUS"),
            read(Stack.COUNTRY, "/api/v1/countries/RUS/assessments"),
            read(Stack.COUNTRY, "/api/v1/countries/RUS/assessments/2025"),
            read(Stack.COUNTRY, "/api/v1/countries/CUB/statutes"),
            read(Stack.COUNTRY, "/api/v1/assessments?country=RUS&country=CUB"),
            read(Stack.COUNTRY, "/api/v1/tier-counts"),
            read(Stack.COUNTRY, "/api/v1/tier-counts/2025"),
            read(Stack.COUNTRY, "/api/v1/sources"),
            read(Stack.COUNTRY, "/api/v1/countries/CUB/history"),
            read(Stack.COUNTRY, "/api/v1/countries/CUB/assessments/2025/history"),
            read(Stack.COUNTRY, "/api/v1/countries/CUB/statutes/history"),
            read(Stack.COUNTRY, "/api/v1/tier-counts/2025/history"),
            read(Stack.COUNTRY, "/api/v1/assessments/history?country=CUB"),
            write(Stack.COUNTRY, "POST", "/api/v1/countries", "application/json", BAD_JSON),
            write(Stack.COUNTRY, "POST", "/api/v1/countries/RUS/assessments", "application/json", BAD_JSON),
            write(Stack.COUNTRY, "PUT", "/api/v1/countries/RUS/assessments/2025", "application/json", BAD_JSON),
            read(Stack.VICTIM, "/api/v1/statistics"),
            read(Stack.VICTIM, "/api/v1/statistics?country=CUB"),
            read(Stack.VICTIM, "/api/v1/pathways"),
            read(Stack.VICTIM, "/api/v1/pathways?origin=CUB"),
            read(Stack.VICTIM, "/api/v1/case-statistics?groupBy=YEAR"),
            read(Stack.VICTIM, "/api/v1/sources"),
            write(Stack.VICTIM, "POST", "/api/v1/case-records/import", "text/csv", "not,a,ctdc,header\n1,2,3,4\n"),
            read(Stack.RECOMMENDATION, "/api/v1/recommendations"),
            read(Stack.RECOMMENDATION, "/api/v1/recommendations?country=RUS&year=2025"),
            read(Stack.RECOMMENDATION, "/api/v1/recommendations/RUS-2025-01"),
            read(Stack.RECOMMENDATION, "/api/v1/recommendations/RUS-2025-01/lineage"),
            read(Stack.RECOMMENDATION, "/api/v1/progress?country=RUS"),
            read(Stack.RECOMMENDATION, "/api/v1/recommendations/export.csv"),
            write(Stack.RECOMMENDATION, "POST", "/api/v1/recommendations/RUS-2025-01/updates", "application/json",
                    BAD_JSON));

    static final Map<Caller, Supplier<String>> TOKENS = new LinkedHashMap<>();

    static {
        TOKENS.put(Caller.NONE, () -> null);
        TOKENS.put(Caller.FORGED, Realm::forged);
        TOKENS.put(Caller.EXPIRED, Realm::expired);
        TOKENS.put(Caller.OTHER_AUDIENCE, Realm::otherAudience);
        TOKENS.put(Caller.ALICE_ADMIN, () -> Realm.user("alice"));
        TOKENS.put(Caller.BOB_ANALYST, () -> Realm.user("bob"));
        TOKENS.put(Caller.CAROL_PARTNER, () -> Realm.user("carol"));
        TOKENS.put(Caller.PARTNER_SYSTEM, Realm::partnerSystem);
    }

    static Endpoint read(Stack service, String path) {
        return new Endpoint(service, "GET", path, null, null);
    }

    static Endpoint write(Stack service, String method, String path, String type, String body) {
        return new Endpoint(service, method, path, type, body);
    }

    static int expected(Endpoint endpoint, Caller caller) {
        return switch (caller) {
            case NONE, FORGED, EXPIRED, OTHER_AUDIENCE -> 401;
            case ALICE_ADMIN -> endpoint.write() ? 400 : 200;
            case BOB_ANALYST -> endpoint.write() ? 403 : 200;
            case CAROL_PARTNER, PARTNER_SYSTEM -> endpoint.write() || endpoint.history() ? 403 : 200;
        };
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheAccessRulesSay() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Caller caller : Caller.values()) {
            String token = TOKENS.get(caller).get();
            for (Endpoint endpoint : ENDPOINTS) {
                RequestSpecification request = given().redirects().follow(false);
                if (token != null) {
                    request.auth().oauth2(token);
                }
                if (endpoint.body() != null) {
                    request.contentType(endpoint.contentType()).body(endpoint.body());
                }
                int status = request.request(endpoint.method(), endpoint.service().url(endpoint.path())).statusCode();
                cells++;
                if (status != expected(endpoint, caller)) {
                    wrong.add(caller + " " + endpoint + ": " + status + ", expected " + expected(endpoint, caller));
                }
            }
        }
        System.out.printf("security matrix: %d cells (%d endpoints x %d callers), %d wrong%n", cells,
                ENDPOINTS.size(), Caller.values().length, wrong.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void healthAndOpenApiStayOpen() {
        for (Stack service : List.of(Stack.COUNTRY, Stack.VICTIM, Stack.RECOMMENDATION)) {
            given().get(service.url("/q/health/ready")).then().statusCode(200);
            given().get(service.url("/q/openapi")).then().statusCode(200);
        }
        given().get(Stack.GATEWAY.url("/q/health/ready")).then().statusCode(200);
    }
}
