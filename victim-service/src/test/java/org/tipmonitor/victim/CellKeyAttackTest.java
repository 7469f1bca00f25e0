package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tipmonitor.victim.cases.ctdc.CaseFileGenerator;
import org.tipmonitor.victim.cases.service.CaseImporter;
import org.tipmonitor.victim.disclosure.service.DisclosureConfig;
import org.tipmonitor.victim.disclosure.service.PerturbationTable;

/**
 * The attacker's view of the cell-key method (issue 13), through the service's REST API with signed
 * partner and analyst tokens: a partner tries to recover small counts (1–10 in the analyst's exact
 * answers, hidden from partners) by differencing, by averaging repeated and differently shaped queries,
 * and by solving the linear system of everything published, across single-year filters and no filter.
 * The bound it must not beat is stated and computed from the published noise distribution.
 */
@QuarkusTest
class CellKeyAttackTest {

    private static final String[] SMALL = {"CITIZENSHIP", "GENDER"};
    private static final String[][] PAIRS = {{"CITIZENSHIP", "GENDER"}, {"AGE_BROAD", "GENDER"},
        {"COUNTRY_OF_EXPLOITATION", "AGE_BROAD"}};
    private static final Map<String, String> FIELD = Map.of("YEAR", "year", "GENDER", "gender",
            "AGE_BROAD", "ageBroad", "CITIZENSHIP", "citizenship", "COUNTRY_OF_EXPLOITATION",
            "countryOfExploitation", "EXPLOITATION_TYPE", "exploitationType");
    private static boolean loaded;

    @Inject
    CaseData data;
    @Inject
    CaseImporter importer;
    @Inject
    DisclosureConfig config;
    @Inject
    AgroalDataSource dataSource;

    /** A fresh subject per test, so that budgets and log entries are this test's own. */
    private final String subject = "carol-" + UUID.randomUUID();
    private final String carol = TestTokens.partner(subject, "tip-cli", "freedom-network");
    private final String bob = TestTokens.of("bob", "analyst");
    private final String alice = TestTokens.of("alice", "admin");

    @BeforeEach
    void load() throws IOException {
        // Other test classes import their own files; this one imports a generated file once.
        if (!loaded) {
            data.clear();
            StringWriter csv = new StringWriter();
            new CaseFileGenerator(2024).write(csv, 8000);
            importer.importFile(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "test");
            loaded = true;
        }
    }

    private static Response get(String token, Map<String, ?> filter, String... groupBy) {
        var request = given().auth().oauth2(token);
        for (String d : groupBy) {
            request = request.queryParam("groupBy", d);
        }
        for (var e : filter.entrySet()) {
            request = request.queryParam(e.getKey(), e.getValue());
        }
        return request.get("/api/v1/case-statistics");
    }

    private static JsonPath ask(String token, Map<String, ?> filter, String... groupBy) {
        return get(token, filter, groupBy).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> year(int y) {
        return Map.of("yearFrom", y, "yearTo", y);
    }

    private static String key(Map<String, Object> cell, String... dims) {
        StringBuilder k = new StringBuilder();
        for (String d : dims) {
            k.append(cell.get(FIELD.get(d))).append('|');
        }
        return k.toString();
    }

    /** Cells by key: the count, or null when hidden. */
    private static Map<String, Long> cells(JsonPath answer, String... dims) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (Map<String, Object> c : answer.<Map<String, Object>>getList("cells")) {
            cells.put(key(c, dims), (Boolean) c.get("suppressed") ? null : ((Number) c.get("count")).longValue());
        }
        return cells;
    }

    private List<Integer> years() {
        return ask(bob, Map.of(), "YEAR").<Integer>getList("cells.year");
    }

    @Test
    void partnersMayFilterByOneWholeYearOnlyAndARefusedShapeIsNeitherLoggedNorCharged() {
        int before = logOf(subject).size();
        // Differencing overlapping ranges (2019–2024 minus 2020–2024) needs ranges: refused, naming the parameter.
        get(carol, Map.of("yearFrom", 2019, "yearTo", 2023)).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("yearTo"));
        get(carol, Map.of("yearFrom", 2020)).then().statusCode(400).body("violations[0].field", equalTo("yearTo"));
        get(carol, Map.of("yearTo", 2020)).then().statusCode(400).body("violations[0].field", equalTo("yearFrom"));
        assertThat(logOf(subject)).hasSize(before);
        get(carol, year(2020), "GENDER").then().statusCode(200);
        get(bob, Map.of("yearFrom", 2019, "yearTo", 2023), "GENDER").then().statusCode(200)
                .body("suppressionApplied", equalTo(false));
        assertThat(logOf(subject)).hasSize(before + 1);
    }

    @Test
    void repeatedAndDifferentlyShapedQueriesOfTheSameRecordsGiveTheSameNumberSoAveragingGainsNothing() {
        int threshold = config.threshold();
        int d = config.cellKey().maxNoise();
        Map<String, Long> byYearAndCitizenship = cells(ask(carol, Map.of(), "YEAR", "CITIZENSHIP"), "YEAR",
                "CITIZENSHIP");
        Map<String, Long> exact = cells(ask(bob, Map.of(), "YEAR", "CITIZENSHIP"), "YEAR", "CITIZENSHIP");
        int compared = 0;
        int perturbed = 0;
        for (int y : years().subList(years().size() - 4, years().size())) {
            // The same table five times: averaging repeated answers has nothing to average.
            JsonPath first = ask(carol, year(y), "CITIZENSHIP");
            for (int i = 0; i < 4; i++) {
                assertThat(ask(carol, year(y), "CITIZENSHIP").<Object>getList("cells"))
                        .isEqualTo(first.getList("cells"));
            }
            // The same record sets reached another way: a year filter vs grouping by year, another order
            // of the dimensions, and the total of a filter that selects exactly one cell.
            Map<String, Long> filtered = cells(first, "CITIZENSHIP");
            Map<String, Long> reordered = cells(ask(carol, Map.of(), "CITIZENSHIP", "YEAR"), "YEAR", "CITIZENSHIP");
            for (var cell : filtered.entrySet()) {
                String k = y + "|" + cell.getKey();
                if (cell.getValue() == null || byYearAndCitizenship.get(k) == null || compared >= 12) {
                    continue;
                }
                assertThat(byYearAndCitizenship.get(k)).as(k).isEqualTo(cell.getValue()).isEqualTo(reordered.get(k));
                String citizenship = cell.getKey().substring(0, cell.getKey().length() - 1);
                if (!"null".equals(citizenship)) {
                    Map<String, Object> one = new HashMap<>(year(y));
                    one.put("citizenship", citizenship);
                    assertThat(ask(carol, one).getLong("total")).as("total of " + k).isEqualTo(cell.getValue());
                    compared++;
                }
                long noise = cell.getValue() - exact.get(k);
                assertThat(Math.abs(noise)).isLessThanOrEqualTo(d);
                assertThat(cell.getValue()).isGreaterThanOrEqualTo(threshold);
                perturbed += noise != 0 ? 1 : 0;
            }
        }
        assertThat(compared).as("cells reached by every shape").isGreaterThanOrEqualTo(8);
        assertThat(perturbed).as("shown cells do get noise").isGreaterThan(0);
    }

    /**
     * The full attack. For each pair of dimensions, the partner asks the 2-D table, both 1-D tables and the
     * total without a filter and under every single-year filter, and writes every equation they give:
     * each shown line sum and total (the hidden cells of that line are what is left after subtracting the
     * shown ones: filter vs no filter and table vs marginal differencing) and, across filters, each cell of
     * the unfiltered table as the sum of the same cell over all years. The hidden cells are solved by
     * non-negative least squares and rounded; a small cell counts as recovered when the rounded estimate
     * (clamped to 1..10) is its exact count. The same solver on the analyst's exact numbers (same hidden
     * pattern) is the control: what differencing would give without the noise.
     */
    @Test
    void smallCellsAreRecoveredNoMoreOftenThanByGuessingFromThePublishedNoiseDistribution() {
        List<Integer> years = years();
        int tested = 0;
        int recovered = 0;
        int recoveredWithoutNoise = 0;
        Map<Long, Integer> smallCounts = new TreeMap<>();
        for (String[] pair : PAIRS) {
            Attack attack = new Attack();
            List<Map<String, Object>> filters = new ArrayList<>();
            filters.add(Map.of());
            years.forEach(y -> filters.add(year(y)));
            for (Map<String, Object> filter : filters) {
                attack.table(filter.isEmpty() ? "all" : String.valueOf(filter.get("yearFrom")), pair, filter);
            }
            attack.acrossYears(years, pair);
            double[] partner = attack.solve(false);
            double[] exact = attack.solve(true);
            for (int u = 0; u < attack.unknowns.size(); u++) {
                long truth = attack.truth.get(u);
                if (truth >= 1 && truth <= 10) {
                    tested++;
                    smallCounts.merge(truth, 1, Integer::sum);
                    recovered += guess(partner[u]) == truth ? 1 : 0;
                    recoveredWithoutNoise += guess(exact[u]) == truth ? 1 : 0;
                }
            }
        }
        // The bound: an attacker handed each small cell once with the published noise added (D, V of the
        // perturbation table, the full row) and knowing how small counts are distributed, guessing the most
        // likely count, recovers it with probability sum over x of max over c of pi(c) p(x - c).
        PerturbationTable table = new PerturbationTable(config.threshold(), config.cellKey().maxNoise(),
                config.cellKey().variance());
        double[] p = table.probabilities(config.threshold() + config.cellKey().maxNoise());
        int d = config.cellKey().maxNoise();
        double bound = 0;
        for (long x = 1 - d; x <= 10 + d; x++) {
            double best = 0;
            for (var e : smallCounts.entrySet()) {
                long noise = x - e.getKey();
                if (Math.abs(noise) <= d) {
                    best = Math.max(best, e.getValue() / (double) tested * p[(int) noise + d]);
                }
            }
            bound += best;
        }
        double rate = recovered / (double) tested;
        double priorOnly = smallCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) tested;
        double margin = 0.05;
        System.out.printf("cell-key attack: %d small hidden cells (exact counts %s); recovered exactly %d = %.3f; "
                + "bound (one published noise draw, Bayes-optimal guess) %.3f + margin %.2f; max P(noise) %.3f; "
                + "always guessing the commonest count %.3f; same attack on exact numbers %d = %.3f%n", tested,
                smallCounts, recovered, rate, bound, margin, p[d], priorOnly, recoveredWithoutNoise,
                recoveredWithoutNoise / (double) tested);
        assertThat(tested).as("small hidden cells attacked").isGreaterThanOrEqualTo(100);
        assertThat(rate).as("exact recovery rate of small cells").isLessThanOrEqualTo(bound + margin);
    }

    private static long guess(double estimate) {
        return Math.max(1, Math.min(10, Math.round(estimate)));
    }

    /** The linear system a partner builds from published answers, and the analyst's numbers for scoring. */
    private final class Attack {

        final Map<String, Integer> unknowns = new LinkedHashMap<>();
        final List<Long> truth = new ArrayList<>();
        /** Per equation: the unknowns it sums, and the published / exact right-hand sides. */
        final List<int[]> rows = new ArrayList<>();
        final List<Double> published = new ArrayList<>();
        final List<Double> exact = new ArrayList<>();
        /** Per table ("all" or a year): shown cells' published and exact counts, and hidden cells' ids. */
        final Map<String, Map<String, Long>> shown = new HashMap<>();
        final Map<String, Map<String, Long>> exactCells = new HashMap<>();

        void table(String name, String[] pair, Map<String, Object> filter) {
            String a = pair[0];
            String b = pair[1];
            Map<String, Long> cells = cells(ask(carol, filter, a, b), a, b);
            Map<String, Long> truthCells = cells(ask(bob, filter, a, b), a, b);
            JsonPath rowsAnswer = ask(carol, filter, a);
            JsonPath columnsAnswer = ask(carol, filter, b);
            Map<String, Long> exactRows = cells(ask(bob, filter, a), a);
            Map<String, Long> exactColumns = cells(ask(bob, filter, b), b);
            shown.put(name, cells);
            exactCells.put(name, truthCells);
            cells.forEach((k, v) -> {
                if (v == null) {
                    unknowns.put(name + "/" + k, unknowns.size());
                    truth.add(truthCells.getOrDefault(k, 0L));
                }
            });
            line(name, cells, truthCells, cells(rowsAnswer, a), exactRows, 0);
            line(name, cells, truthCells, cells(columnsAnswer, b), exactColumns, 1);
            Long total = rowsAnswer.get("total") == null ? null : rowsAnswer.getLong("total");
            if (total != null) {
                equation(name, cells, truthCells, k -> true, total, ask(bob, filter).getLong("total"));
            }
        }

        /** One equation per shown value of a marginal: the cells of its line add up to it. */
        private void line(String name, Map<String, Long> cells, Map<String, Long> truthCells,
                Map<String, Long> marginal, Map<String, Long> exactMarginal, int part) {
            marginal.forEach((value, n) -> {
                if (n != null) {
                    equation(name, cells, truthCells, k -> k.split("\\|", -1)[part].equals(value.replace("|", "")),
                            n, exactMarginal.get(value));
                }
            });
        }

        private void equation(String name, Map<String, Long> cells, Map<String, Long> truthCells,
                java.util.function.Predicate<String> inLine, long rhs, long exactRhs) {
            List<Integer> ids = new ArrayList<>();
            double p = rhs;
            double e = exactRhs;
            for (var c : cells.entrySet()) {
                if (!inLine.test(c.getKey())) {
                    continue;
                }
                if (c.getValue() == null) {
                    ids.add(unknowns.get(name + "/" + c.getKey()));
                } else {
                    p -= c.getValue();
                    e -= truthCells.get(c.getKey());
                }
            }
            if (!ids.isEmpty()) {
                rows.add(ids.stream().mapToInt(Integer::intValue).toArray());
                published.add(p);
                exact.add(e);
            }
        }

        /** Each cell of the unfiltered table is the sum of that cell in every year (differencing across filters). */
        void acrossYears(List<Integer> years, String[] pair) {
            Map<String, Long> all = shown.get("all");
            for (var cell : all.entrySet()) {
                List<Integer> ids = new ArrayList<>();
                double p = 0;
                double e = 0;
                if (cell.getValue() == null) {
                    continue;
                }
                p += cell.getValue();
                e += exactCells.get("all").get(cell.getKey());
                for (int y : years) {
                    Long n = shown.get(String.valueOf(y)).get(cell.getKey());
                    if (shown.get(String.valueOf(y)).containsKey(cell.getKey()) && n == null) {
                        ids.add(unknowns.get(y + "/" + cell.getKey()));
                    } else if (n != null) {
                        p -= n;
                        e -= exactCells.get(String.valueOf(y)).get(cell.getKey());
                    }
                }
                if (!ids.isEmpty()) {
                    rows.add(ids.stream().mapToInt(Integer::intValue).toArray());
                    published.add(p);
                    exact.add(e);
                }
            }
        }

        /** Non-negative least squares by projected gradient descent, from the middle of the small range. */
        double[] solve(boolean useExact) {
            List<Double> rhs = useExact ? exact : published;
            double[] x = new double[unknowns.size()];
            java.util.Arrays.fill(x, 5);
            int[] degree = new int[x.length];
            int widest = 1;
            for (int[] row : rows) {
                widest = Math.max(widest, row.length);
                for (int i : row) {
                    degree[i]++;
                }
            }
            int maxDegree = java.util.Arrays.stream(degree).max().orElse(1);
            double step = 0.9 / (widest * (double) Math.max(1, maxDegree));
            double[] gradient = new double[x.length];
            for (int iteration = 0; iteration < 2000; iteration++) {
                java.util.Arrays.fill(gradient, 0);
                for (int r = 0; r < rows.size(); r++) {
                    double residual = -rhs.get(r);
                    for (int i : rows.get(r)) {
                        residual += x[i];
                    }
                    for (int i : rows.get(r)) {
                        gradient[i] += residual;
                    }
                }
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.max(0, x[i] - step * gradient[i]);
                }
            }
            return x;
        }
    }

    @Test
    void everyPartnerQueryIsLoggedForAdminsWithItsOrganizationAndClient() {
        get(carol, year(2021), SMALL).then().statusCode(200);
        List<Map<String, Object>> log = logOf(subject);
        assertThat(log).hasSize(1);
        Map<String, Object> entry = log.get(0);
        assertThat(entry).containsEntry("subject", subject).containsEntry("userName", subject)
                .containsEntry("client", "tip-cli").containsEntry("organization", "freedom-network")
                .containsEntry("groupBy", "CITIZENSHIP,GENDER").containsEntry("refused", false);
        assertThat((String) entry.get("filter")).contains("yearFrom=2021;yearTo=2021");
        assertThat((String) entry.get("askedAt")).isNotBlank();
        // Analysts' exact queries are not partner queries; only admins read the log.
        get(bob, Map.of(), "YEAR").then().statusCode(200);
        given().auth().oauth2(carol).get("/api/v1/case-statistics/queries").then().statusCode(403);
        given().auth().oauth2(bob).get("/api/v1/case-statistics/queries").then().statusCode(403);
        given().auth().oauth2(alice).queryParam("day", "yesterday").get("/api/v1/case-statistics/queries").then()
                .statusCode(400).body("violations[0].field", equalTo("day"));
    }

    @Test
    void twoConcurrentRequestsNeverBothGetTheLastUnitOfTheDailyBudget() throws Exception {
        // Spend all but one unit of today's budget, then ask eight times at once.
        int limit = config.dailyQueries();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into partner_query_budget (subject, day, used) values (?, (now() at time zone 'UTC')::date, ?)")) {
            s.setString(1, subject);
            s.setInt(2, limit - 1);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Response> ask = () -> get(carol, Map.of(), "GENDER");
                answers.add(pool.submit(ask));
            }
            int ok = 0;
            int refused = 0;
            for (Future<Response> answer : answers) {
                Response r = answer.get();
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertThat(r.statusCode()).isEqualTo(429);
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 86_400L);
                    assertThat(r.jsonPath().getString("detail")).contains("budget");
                    refused++;
                }
            }
            assertThat(ok).isEqualTo(1);
            assertThat(refused).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
        get(carol, Map.of(), "GENDER").then().statusCode(429);
        List<Map<String, Object>> log = logOf(subject);
        assertThat(log).hasSize(9);
        assertThat(log.stream().filter(e -> Boolean.FALSE.equals(e.get("refused")))).hasSize(1);
        // Another partner's budget is their own.
        get(TestTokens.partner("dave-" + UUID.randomUUID(), "tip-cli", "safe-passage"), Map.of(), "GENDER")
                .then().statusCode(200);
    }

    private List<Map<String, Object>> logOf(String who) {
        return given().auth().oauth2(alice).queryParam("subject", who).get("/api/v1/case-statistics/queries")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }
}
