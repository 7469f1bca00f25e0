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
