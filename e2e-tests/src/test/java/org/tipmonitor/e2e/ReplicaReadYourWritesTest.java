package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A write through one replica of country-service is seen by the very next read through the other,
 * although both cache their reads (the assessments batch, cached with the country list): the writing
 * transaction's notice empties the other replica's cache. Replicas are called directly by port, with
 * alice's real token. The assessment written is a test country's report year nobody else reads.
 */
@Tag("replicas")
class ReplicaReadYourWritesTest {

    static final String CODE = "ZRP";
    static final int YEAR = 2001;

    static Map<String, Object> assessment(String summary, Integer version) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "reportYear", YEAR,
                "tier", "TIER_2",
                "policyOrPattern", false,
                "summary", summary,
                "sources", List.of(Map.of("source", "tip-2025-cuba", "section", "Introduction", "quote", "q"))));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    static JsonPath read(int replica, String token) {
        return given().auth().oauth2(token).queryParam("country", CODE).queryParam("year", YEAR)
                .get(Replicas.url(Stack.COUNTRY, replica, "/api/v1/assessments")).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The test country and its assessment, created through replica 1 unless an earlier run did (409). */
    static void ensureTestCountry(String token) {
        int country = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", CODE, "name", "Replica Testland", "region", "Europe"))
                .post(Replicas.url(Stack.COUNTRY, 1, "/api/v1/countries")).statusCode();
        assertThat(country).isIn(201, 409);
        int assessment = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(assessment("created by the replica tests", null))
                .post(Replicas.url(Stack.COUNTRY, 1, "/api/v1/countries/" + CODE + "/assessments")).statusCode();
        assertThat(assessment).isIn(201, 409);
    }

    @Test
    void aWriteThroughOneReplicaIsReadBackThroughTheOtherAtOnce() {
        String alice = Realm.user("alice");
        ensureTestCountry(alice);
        // Each way round, twice: replica 1 writes and 2 reads, then 2 writes and 1 reads.
        for (int round = 0; round < 4; round++) {
            int writer = round % 2 + 1;
            int reader = 3 - writer;
            // Both replicas have the current state in their caches before the write.
            JsonPath before = read(reader, alice);
            read(writer, alice);
            int version = before.getInt(CODE + "[0].version");
            String summary = "Written through replica " + writer + ", " + UUID.randomUUID();

            JsonPath written = given().auth().oauth2(alice).contentType(ContentType.JSON)
                    .body(assessment(summary, version))
                    .put(Replicas.url(Stack.COUNTRY, writer, "/api/v1/countries/" + CODE + "/assessments/" + YEAR))
                    .then().statusCode(200).extract().jsonPath();
            assertThat(written.getInt("version")).isEqualTo(version + 1);

            JsonPath after = read(reader, alice);
            assertThat(after.getString(CODE + "[0].summary")).as("read through replica %d", reader).isEqualTo(summary);
            assertThat(after.getInt(CODE + "[0].version")).isEqualTo(version + 1);
        }
    }
}
