package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tipmonitor.victim.cases.ctdc.CaseFileGenerator;
import org.tipmonitor.victim.cases.service.CaseImporter;

/**
 * Disclosure control seen from outside: a partner who asks a two-dimension table, both one-dimension
 * tables and the total under the same filter, then solves the linear system they give, must not be able
 * to pin down any hidden cell.
 */
@QuarkusTest
@TestSecurity(user = "carol", roles = "partner")
class DisclosureControlApiTest {

    private static final String[][] PAIRS = {{"YEAR", "GENDER"}, {"CITIZENSHIP", "GENDER"},
        {"AGE_BROAD", "GENDER"}, {"YEAR", "AGE_BROAD"}, {"CITIZENSHIP", "COUNTRY_OF_EXPLOITATION"},
        {"YEAR", "CITIZENSHIP"}};
    private static final Map<String, String> FIELD = Map.of("YEAR", "year", "GENDER", "gender",
            "AGE_BROAD", "ageBroad", "CITIZENSHIP", "citizenship", "COUNTRY_OF_EXPLOITATION",
            "countryOfExploitation", "EXPLOITATION_TYPE", "exploitationType");

    @Inject
    CaseData data;
    @Inject
    CaseImporter importer;

    private void load(String csv) {
        data.clear();
        importer.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
    }


    @Test
    void oneSmallCellIsHiddenTogetherWithTheNextSmallestAndTheTotalStays() {
        StringBuilder csv = new StringBuilder();
        CaseData.rows(csv, 30, "2020,Female,18--20,UA,RU,0,1");
        CaseData.rows(csv, 20, "2020,Male,30--38,UA,RU,1,0");
        CaseData.rows(csv, 5, "2020,-99,30--38,UA,RU,1,0");
        load(csv.toString());
        given().queryParam("groupBy", "GENDER").get("/api/v1/case-statistics").then().statusCode(200)
                .body("threshold", equalTo(11)).body("suppressionApplied", equalTo(true))
                .body("suppressedCells", equalTo(2))
                // Shown numbers are perturbed by at most the maximum noise (3), never below k.
                .body("cells.find { it.gender == 'Female' }.count", both(greaterThanOrEqualTo(27)).and(lessThanOrEqualTo(33)))
                .body("cells.find { it.gender == 'Male' }.suppressed", equalTo(true))
                .body("cells.find { it.gender == null }.suppressed", equalTo(true))
                .body("total", both(greaterThanOrEqualTo(52)).and(lessThanOrEqualTo(58)));
    }

    @Test
    @TestSecurity(user = "bob", roles = "analyst")
    void analystsSeeTheSmallCell() {
        StringBuilder csv = new StringBuilder();
        CaseData.rows(csv, 30, "2020,Female,18--20,UA,RU,0,1");
        CaseData.rows(csv, 5, "2020,-99,30--38,UA,RU,1,0");
        load(csv.toString());
        given().queryParam("groupBy", "GENDER").get("/api/v1/case-statistics").then().statusCode(200)
                .body("cells.find { it.gender == null }.count", equalTo(5))
                .body("suppressedCells", equalTo(0));
    }

    @Test
    void noHiddenCellCanBeDerivedFromTheTableItsMarginalsAndTheTotal() throws IOException {
        StringWriter csv = new StringWriter();
        new CaseFileGenerator(2024).write(csv, 6000);
        load(csv.toString());
        List<Map<String, Object>> filters = List.of(Map.of(), Map.of("yearFrom", 2020, "yearTo", 2020),
                Map.of("countryOfExploitation", "RUS"));
        int hiddenChecked = 0;
        for (Map<String, Object> filter : filters) {
            for (String[] pair : PAIRS) {
                hiddenChecked += attack(filter, pair[0], pair[1]);
            }
        }
        // The check must have had something to attack.
        assertThat(hiddenChecked).isGreaterThan(50);
    }

    /** Returns how many hidden cells were attacked; fails when one can be derived or a small cell shows. */
    private int attack(Map<String, Object> filter, String a, String b) {
        JsonPath table = CaseData.ask(filter, a, b);
        JsonPath rows = CaseData.ask(filter, a);
        JsonPath columns = CaseData.ask(filter, b);
        String where = a + " x " + b + " " + filter;
        List<Map<String, Object>> cells = table.getList("cells");
        List<Integer> unknowns = new ArrayList<>();
        Map<String, Long> shown = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> c = cells.get(i);
            if ((Boolean) c.get("suppressed")) {
                unknowns.add(i);
            } else {
                long n = ((Number) c.get("count")).longValue();
                assertThat(n).as(where + " shows a small cell").isGreaterThanOrEqualTo(11);
                shown.put(key(c, a, b), n);
            }
        }
        List<double[]> equations = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (int u = 0; u < unknowns.size(); u++) {
            double[] unit = new double[unknowns.size()];
            unit[u] = 1;
            targets.add(unit);
        }
        marginal(rows, a, cells, unknowns, a, equations, targets, where);
        marginal(columns, b, cells, unknowns, b, equations, targets, where);
        if (table.get("total") != null) {
            double[] all = new double[unknowns.size()];
            java.util.Arrays.fill(all, 1);
            equations.add(all);
        }
        int rank = rank(equations);
        for (double[] target : targets) {
            List<double[]> with = new ArrayList<>(equations);
            with.add(target);
            assertThat(rank(with)).as(where + ": a hidden cell is a combination of published sums")
                    .isEqualTo(rank + 1);
        }
        return targets.size();
    }

    /**
     * Adds the equations a one-dimension answer gives (a shown or absent value fixes the sum of its
     * line) and its hidden cells as further targets.
     */
    private static void marginal(JsonPath answer, String dimension, List<Map<String, Object>> cells,
            List<Integer> unknowns, String field, List<double[]> equations, List<double[]> targets, String where) {
        Map<String, Boolean> hiddenByValue = new LinkedHashMap<>();
        for (Map<String, Object> m : answer.<Map<String, Object>>getList("cells")) {
            boolean hidden = (Boolean) m.get("suppressed");
            if (!hidden) {
                assertThat(((Number) m.get("count")).longValue()).as(where + " marginal").isGreaterThanOrEqualTo(11);
            }
            hiddenByValue.put(String.valueOf(m.get(FIELD.get(field))), hidden);
        }
        Map<String, double[]> lines = new LinkedHashMap<>();
        for (int u = 0; u < unknowns.size(); u++) {
            String value = String.valueOf(cells.get(unknowns.get(u)).get(FIELD.get(dimension)));
            lines.computeIfAbsent(value, v -> new double[unknowns.size()])[u] = 1;
        }
        lines.forEach((value, line) -> {
            if (!hiddenByValue.getOrDefault(value, false)) {
                equations.add(line);
            }
        });
        hiddenByValue.forEach((value, hidden) -> {
            if (hidden) {
                targets.add(lines.getOrDefault(value, new double[unknowns.size()]));
            }
        });
    }

    private static String key(Map<String, Object> cell, String a, String b) {
        return cell.get(FIELD.get(a)) + "|" + cell.get(FIELD.get(b));
    }

    /** Rank by Gaussian elimination in floating point: deliberately not the service's modular arithmetic. */
    private static int rank(List<double[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int n = m[0].length;
        int rank = 0;
        for (int col = 0; col < n && rank < m.length; col++) {
            int best = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[best];
            m[best] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double f = m[r][col] / m[rank][col];
                    for (int j = col; j < n; j++) {
                        m[r][j] -= f * m[rank][j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
