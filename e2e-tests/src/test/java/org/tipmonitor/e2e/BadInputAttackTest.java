package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bad input of issue 17, sent as an attacker would (loopback only, real tokens, a bounded number of
 * requests): each gets a clear 400 problem naming the field or BAD_USER_INPUT, quotes at most an excerpt
 * of what was sent, changes nothing (read again), and does not count against a service's breaker.
 */
class BadInputAttackTest {

    static String alice;
    static String bob;

    @BeforeAll
    static void tokens() {
        alice = Realm.user("alice");
        bob = Realm.user("bob");
        Graph.warmUp(bob);
    }

    static JsonPath problem(Response response, String field) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("violations[0].field")).isEqualTo(field);
        return problem;
    }

    static int recommendationVersion(String id) {
        return given().auth().oauth2(alice).get(Stack.RECOMMENDATION.url("/api/v1/recommendations/" + id))
                .then().statusCode(200).extract().path("version");
    }

    @Test
    void aNulInANoteOrAPathIsA400NotA500AndWritesNothing() {
        int before = recommendationVersion("CUB-2025-05");
        Map<String, Object> body = Map.of("status", "IN_PROGRESS", "note", "attack\u0000", "expectedVersion", before);
        problem(given().auth().oauth2(alice).contentType("application/json").body(body)
                .post(Stack.RECOMMENDATION.url("/api/v1/recommendations/CUB-2025-05/updates")), "note");
        problem(given().auth().oauth2(alice).urlEncodingEnabled(false).contentType("application/json").body(body)
                .post(Stack.RECOMMENDATION.url("/api/v1/recommendations/CUB-2025-05%00/updates")), "id");
        problem(given().auth().oauth2(alice).contentType("application/json")
                .body(Map.of("code", "ZZN", "name", "Null\u0000land"))
                .post(Stack.COUNTRY.url("/api/v1/countries")), "name");
        assertThat(recommendationVersion("CUB-2025-05")).isEqualTo(before);
        given().auth().oauth2(alice).get(Stack.COUNTRY.url("/api/v1/countries/ZZN")).then().statusCode(404);
    }

    @Test
    void aNumberParameterThatIsNoNumberIsA400NamingIt() {
        problem(given().auth().oauth2(bob).get(Stack.COUNTRY.url("/api/v1/countries?year=abc")), "year");
        problem(given().auth().oauth2(bob).get(Stack.RECOMMENDATION.url("/api/v1/recommendations?year=abc")), "year");
        problem(given().auth().oauth2(bob).get(Stack.VICTIM.url("/api/v1/statistics?year=4294969321")), "year");
    }

    @Test
    void theGraphRefusesWrappedYearsFractionalVersionsAndNulsWithBadUserInput() {
        assertThat(Graph.query(bob, "{ tierSummary(year: 4294969321) { year } }").jsonPath()
                .getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        int before = recommendationVersion("CUB-2025-05");
        for (String input : new String[] {
                "note: \"x\", expectedVersion: 0.5",
                "note: \"x\\u0000\", expectedVersion: " + before}) {
            JsonPath refused = Graph.query(alice, "mutation { recordImplementationUpdate(input: {recommendationId: "
                    + "\"CUB-2025-05\", status: IN_PROGRESS, " + input + "}) { id } }").jsonPath();
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        }
        assertThat(recommendationVersion("CUB-2025-05")).isEqualTo(before);
    }

    @Test
    void aServicesRefusalsNeverOpenItsBreakerNorReadAsUnavailable() {
        int before = recommendationVersion("CUB-2025-05");
        // Passes the graph's own checks, refused by recommendation-service (a note over 4000 characters): 400.
        String mutation = "mutation { recordImplementationUpdate(input: {recommendationId: \"CUB-2025-05\", "
                + "status: IN_PROGRESS, note: \"" + "n".repeat(4001) + "\", expectedVersion: " + before + "}) { id } }";
        for (int i = 0; i < 12; i++) {
            assertThat(Graph.query(alice, mutation).jsonPath().getString("errors[0].extensions.code"))
                    .isEqualTo("BAD_USER_INPUT");
        }
        JsonPath read = Graph.query(bob, "{ recommendations(country: \"CUB\") { id } }").jsonPath();
        assertThat(read.getList("errors")).isNull();
        assertThat(read.getList("data.recommendations")).isNotEmpty();
        assertThat(recommendationVersion("CUB-2025-05")).isEqualTo(before);
    }

    @Test
    void errorsQuoteOnlyAnExcerptOfAHugeArgument() {
        String huge = "A".repeat(500_000);
        JsonPath refused = Graph.query(bob, "{ country(code: \"" + huge + "\") { name } }").jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.getString("errors[0].message").length()).isLessThan(1100);
        Response body = given().auth().oauth2(alice).contentType("application/json")
                .body(Map.of("status", huge, "note", "n", "expectedVersion", 0))
                .post(Stack.RECOMMENDATION.url("/api/v1/recommendations/CUB-2025-05/updates"));
        assertThat(problem(body, "status").getString("violations[0].message").length()).isLessThan(300);
    }

    @Test
    void aFiftyMegabyteCsvLineIsRefusedAtItsLineWithoutExhaustingTheService() throws Exception {
        long size = 50L * 1024 * 1024;
        byte[] head = "yearOfRegistration,gender\n2019,".getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                if (sent >= size) {
                    return -1;
                }
                return sent < head.length ? head[(int) sent++] : (sent++ >= 0 ? 'x' : -1);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.VICTIM.url("/api/v1/case-records/import")))
                .header("Authorization", "Bearer " + alice).header("Content-Type", "text/csv")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> endless), size))
                .build();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"line 2\"").contains("longer than");
        given().auth().oauth2(bob).get(Stack.VICTIM.url("/q/health/ready")).then().statusCode(200);
    }
}
