package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts GraphQL to the running gateway with a caller's token. */
final class Graph {

    private static final Pattern CALLS = Pattern.compile("([\\w-]+);desc=\"(\\d+) calls\"");

    private Graph() {
    }

    static Response query(String token, String query) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("query", query))
                .post(Stack.GATEWAY.url("/graphql")).then().statusCode(200).extract().response();
    }

    /**
     * Asks the whole graph once per service path until it answers without errors (at most 10 tries, a
     * second apart). A service that has just started answers its first queries slowly while the JIT
     * and Hibernate warm up; on a busy 2-core machine that first answer can outlast the gateway's
     * timeout and come back UNAVAILABLE, which is the designed answer to a slow service but not what
     * these tests are about. A graph that never answers cleanly still fails the tests that follow.
     */
    static void warmUp(String token) {
        String everything = """
                { countries { code assessment { tier } assessments { reportYear } statistics { id }
                  recruitmentPathways { id origin { code } } recommendations { id history { status } } }
                  tierSummary(year: 2025) { tier1 } caseStatistics(groupBy: [YEAR]) { total } }""";
        for (int attempt = 0; attempt < 10; attempt++) {
            if (query(token, everything).jsonPath().getList("errors") == null) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Calls per service that the request made, from the gateway's Server-Timing header. */
    static Map<String, Integer> downstreamCalls(Response response) {
        Map<String, Integer> calls = new TreeMap<>();
        Matcher m = CALLS.matcher(String.valueOf(response.getHeader("Server-Timing")));
        while (m.find()) {
            calls.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return calls;
    }
}
