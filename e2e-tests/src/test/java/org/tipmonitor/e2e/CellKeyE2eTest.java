package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cell-key method (issue 13) on the real stack, compact: carol's real Keycloak token against
 * victim-service directly and through the gateway's caseStatistics, bob (analyst) for the exact counts,
 * alice (admin) for the query log. About 30 requests, well inside the daily partner budget.
 */
class CellKeyE2eTest {

    /** The published noise distribution (victim-service README, D = 3, V = 2, counts ≥ k + D): -3..3. */
    private static final double[] NOISE = {0.0374, 0.1119, 0.2161, 0.2692, 0.2161, 0.1119, 0.0374};

    private static Response get(String token, Map<String, ?> params, String... groupBy) {
        var request = given().auth().oauth2(token);
        for (String d : groupBy) {
            request = request.queryParam("groupBy", d);
        }
        for (var e : params.entrySet()) {
            request = request.queryParam(e.getKey(), e.getValue());
        }
        return request.get(Stack.VICTIM.url("/api/v1/case-statistics"));
    }

    private static Map<String, Long> cells(JsonPath answer, String... fields) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (Map<String, Object> c : answer.<Map<String, Object>>getList("cells")) {
            StringBuilder key = new StringBuilder();
            for (String f : fields) {
                key.append(c.get(f)).append('|');
            }
            cells.put(key.toString(), (Boolean) c.get("suppressed") ? null : ((Number) c.get("count")).longValue());
        }
        return cells;
    }

    @Test
    void yearRangesAreRefusedToPartnersDirectlyAndThroughTheGateway() {
        String carol = Realm.user("carol");
        get(carol, Map.of("yearFrom", 2019, "yearTo", 2023), "GENDER").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(get(carol, Map.of("yearFrom", 2019, "yearTo", 2023), "GENDER").jsonPath()
                .getString("violations[0].field")).isEqualTo("yearTo");
        JsonPath graph = Graph.query(carol, "{ caseStatistics(groupBy: [GENDER], filter: {yearFrom: 2019, yearTo: 2023}) "
                + "{ total } }").jsonPath();
        assertThat(graph.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(graph.getString("errors[0].message")).contains("yearTo");
        // Analysts keep arbitrary ranges and exact counts.
        get(Realm.user("bob"), Map.of("yearFrom", 2019, "yearTo", 2023), "GENDER").then().statusCode(200);
    }

    @Test
    void theSameRecordsGetTheSameNumberInEveryShapeRepeatedAndThroughTheGateway() {
        String carol = Realm.user("carol");
        Map<String, Long> grouped = cells(get(carol, Map.of(), "YEAR", "CITIZENSHIP").then().statusCode(200)
                .extract().jsonPath(), "year", "citizenship");
        Map<String, Long> exact = cells(get(Realm.user("bob"), Map.of(), "YEAR", "CITIZENSHIP").jsonPath(),
                "year", "citizenship");
        int year = 2022;
        JsonPath filtered = get(carol, Map.of("yearFrom", year, "yearTo", year), "CITIZENSHIP").jsonPath();
        assertThat(get(carol, Map.of("yearFrom", year, "yearTo", year), "CITIZENSHIP").jsonPath().<Object>getList("cells"))
                .isEqualTo(filtered.getList("cells"));
        JsonPath viaGateway = Graph.query(carol, "{ caseStatistics(groupBy: [CITIZENSHIP], filter: {yearFrom: " + year
                + ", yearTo: " + year + "}) { cells { citizenship count suppressed } } }").jsonPath();
        assertThat(viaGateway.getList("errors")).isNull();
        Map<String, Long> gatewayCells = new LinkedHashMap<>();
        for (Map<String, Object> c : viaGateway.<Map<String, Object>>getList("data.caseStatistics.cells")) {
            gatewayCells.put(String.valueOf(c.get("citizenship")), c.get("count") == null ? null
                    : ((Number) c.get("count")).longValue());
        }
        int compared = 0;
        for (var cell : cells(filtered, "citizenship").entrySet()) {
            String citizenship = cell.getKey().substring(0, cell.getKey().length() - 1);
            if (cell.getValue() == null) {
                continue;
            }
            assertThat(grouped.get(year + "|" + cell.getKey())).as(citizenship).isEqualTo(cell.getValue());
            assertThat(gatewayCells.get(citizenship)).as("gateway " + citizenship).isEqualTo(cell.getValue());
            assertThat(Math.abs(cell.getValue() - exact.get(year + "|" + cell.getKey()))).isLessThanOrEqualTo(3);
            assertThat(cell.getValue()).isGreaterThanOrEqualTo(11);
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(3);
    }

    /**
     * Differencing a 1-D table against the 2-D table (filter vs grouping) as carol, scored with bob's
     * exact counts: hidden small cells are recovered no more often than guessing from the noise.
     */
    @Test
    void smallCellsAreNotRecoveredBetterThanGuessingFromTheNoise() {
        String carol = Realm.user("carol");
        Map<String, Long> table = cells(get(carol, Map.of(), "CITIZENSHIP", "GENDER").jsonPath(), "citizenship", "gender");
        Map<String, Long> rows = cells(get(carol, Map.of(), "CITIZENSHIP").jsonPath(), "citizenship");
        Map<String, Long> exact = cells(get(Realm.user("bob"), Map.of(), "CITIZENSHIP", "GENDER").jsonPath(),
                "citizenship", "gender");
        int tested = 0;
        int recovered = 0;
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (var row : rows.entrySet()) {
            if (row.getValue() == null) {
                continue;
            }
            List<String> hidden = table.keySet().stream()
                    .filter(k -> k.startsWith(row.getKey()) && table.get(k) == null).toList();
            long left = row.getValue() - table.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(row.getKey()) && e.getValue() != null)
                    .mapToLong(Map.Entry::getValue).sum();
            for (String k : hidden) {
                long truth = exact.getOrDefault(k, 0L);
                if (truth >= 1 && truth <= 10) {
                    long guess = Math.max(1, Math.min(10, Math.round(left / (double) hidden.size())));
                    tested++;
                    recovered += guess == truth ? 1 : 0;
                    counts.merge(truth, 1, Integer::sum);
                }
            }
        }
        double bound = 0;
        for (long x = -2; x <= 13; x++) {
            double best = 0;
            for (var e : counts.entrySet()) {
                long d = x - e.getKey();
                if (Math.abs(d) <= 3) {
                    best = Math.max(best, e.getValue() / (double) tested * NOISE[(int) d + 3]);
                }
            }
            bound += best;
        }
        System.out.printf("e2e cell-key attack: %d small hidden cells, recovered %d = %.3f, bound %.3f + 0.10%n",
                tested, recovered, recovered / (double) Math.max(1, tested), bound);
        assertThat(tested).isGreaterThanOrEqualTo(10);
        assertThat(recovered / (double) tested).isLessThanOrEqualTo(bound + 0.10);
    }

    @Test
    void adminsReadWhoAskedWhatWithTheOrganizationFromTheToken() {
        String carol = Realm.user("carol");
        get(carol, Map.of("yearFrom", 2021, "yearTo", 2021), "GENDER").then().statusCode(200);
        Map<String, Object> claims = claims(carol);
        String subject = String.valueOf(claims.getOrDefault("sub", claims.get("preferred_username")));
        List<Map<String, Object>> log = given().auth().oauth2(Realm.user("alice")).queryParam("subject", subject)
                .get(Stack.VICTIM.url("/api/v1/case-statistics/queries")).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(log).isNotEmpty();
        assertThat(log.get(0)).containsEntry("organization", "freedom-network").containsEntry("groupBy", "GENDER")
                .containsEntry("userName", "carol");
        assertThat((String) log.get(0).get("filter")).contains("yearFrom=2021;yearTo=2021");
        given().auth().oauth2(carol).get(Stack.VICTIM.url("/api/v1/case-statistics/queries")).then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(json).getMap("$");
    }
}
