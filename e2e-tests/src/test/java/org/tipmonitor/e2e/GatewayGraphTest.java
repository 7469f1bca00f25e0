package org.tipmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The graph over the real stack, as alice (admin), bob (analyst), carol (partner) and a partner system. */
class GatewayGraphTest {

    @BeforeAll
    static void theStackHasAnsweredOnce() {
        Graph.warmUp(Realm.user("bob"));
    }

    @Test
    void everyRoleReadsTheFiguresOfTheSources() {
        for (String token : List.of(Realm.user("alice"), Realm.user("bob"), Realm.user("carol"), Realm.partnerSystem())) {
            JsonPath data = Graph.query(token, """
                    { rus: country(code: "RUS") { name assessment(year: 2025) { tier policyOrPattern prosecutionTrend }
                                                 assessments { reportYear } }
                      cub: country(code: "CUB") { assessment { tier lawEnforcement { dataYear convictions investigations reporting } } }
                      tierSummary(year: 2025) { tier1 tier2 tier2WatchList tier3 } }""").jsonPath();
            assertThat(data.getList("errors")).isNull();
            assertThat(data.getString("data.rus.assessment.tier")).isEqualTo("TIER_3");
            assertThat(data.getBoolean("data.rus.assessment.policyOrPattern")).isTrue();
            assertThat(data.getString("data.rus.assessment.prosecutionTrend")).isEqualTo("DECREASED");
            assertThat(data.getList("data.rus.assessments.reportYear", Integer.class)).containsExactly(2025, 2024, 2023);
            assertThat(data.getInt("data.cub.assessment.lawEnforcement.find { it.dataYear == 2023 }.convictions"))
                    .isEqualTo(19);
            assertThat(data.getInt("data.cub.assessment.lawEnforcement.find { it.dataYear == 2023 }.investigations"))
                    .isEqualTo(14);
            assertThat(data.getMap("data.tierSummary")).containsAllEntriesOf(
                    Map.of("tier1", 33, "tier2", 52, "tier2WatchList", 25, "tier3", 20));
        }
    }

    /**
     * Every figure the graph serves carries the words of its source: a quote, with its document and section.
     * Every figure with every quote of every country at once is priced beyond what one query may cost
     * (200 countries × 25 assessments × their figures and quotes, as a world-wide dataset would answer),
     * so the figures are asked as a client would: countries by aliases, twelve to a query.
     */
    @Test
    void everyFigureComesWithTheSentenceItCameFrom() {
        String citations = "citations { quote section source { title } }";
        String figuresOfACountry = """
                code assessments { reportYear %1$s lawEnforcement { dataYear %1$s } }
                statistics { id %1$s } recruitmentPathways { id %1$s } recommendations { id %1$s }"""
                .formatted(citations);
        List<String> codes = Graph.query(Realm.user("carol"), "{ countries { code } }").jsonPath()
                .getList("data.countries.code", String.class);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += 12) {
            List<String> some = codes.subList(from, Math.min(codes.size(), from + 12));
            StringBuilder query = new StringBuilder("{");
            for (int i = 0; i < some.size(); i++) {
                query.append(" c").append(i).append(": country(code: \"").append(some.get(i)).append("\") { ")
                        .append(figuresOfACountry).append(" }");
            }
            JsonPath data = Graph.query(Realm.user("carol"), query.append(" }").toString()).jsonPath();
            assertThat(data.getList("errors")).isNull();
            for (int i = 0; i < some.size(); i++) {
                String c = "data.c" + i;
                figures.addAll(data.getList(c + ".assessments"));
                figures.addAll(data.getList(c + ".assessments.lawEnforcement.flatten()"));
                figures.addAll(data.getList(c + ".statistics"));
                figures.addAll(data.getList(c + ".recruitmentPathways"));
                figures.addAll(data.getList(c + ".recommendations"));
            }
        }
        assertThat(figures).hasSizeGreaterThan(150);
        for (Map<String, Object> figure : figures) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cited = (List<Map<String, Object>>) figure.get("citations");
            assertThat(cited).as("citations of %s", figure).isNotEmpty();
            assertThat(cited).allSatisfy(c -> assertThat((String) c.get("quote")).isNotBlank());
        }
    }

    @Test
    void cubaRemainedOnTier3InThe2024Report() {
        JsonPath data = Graph.query(Realm.user("carol"), """
                { country(code: "CUB") { assessment(year: 2024) { tier citations { quote } } } }""").jsonPath();
        assertThat(data.getString("data.country.assessment.tier")).isEqualTo("TIER_3");
        assertThat(data.getString("data.country.assessment.citations[0].quote")).contains("Tier 3");
    }

    @Test
    void notReportedFiguresAreNullAndSaySo() {
        JsonPath data = Graph.query(Realm.user("carol"), """
                { country(code: "RUS") { assessment(year: 2024) { lawEnforcement { dataYear convictions reporting } } } }""")
                .jsonPath();
        assertThat(data.getString("data.country.assessment.lawEnforcement.find { it.dataYear == 2023 }.reporting"))
                .isEqualTo("NOT_REPORTED");
        assertThat((Object) data.get("data.country.assessment.lawEnforcement.find { it.dataYear == 2023 }.convictions"))
                .isNull();
    }

    @Test
    void compositeQueryOverAllServicesAnswersWithoutErrors() {
        JsonPath data = Graph.query(Realm.user("bob"), """
                { countries(tier: TIER_3, year: 2025) { code name assessment { tier }
                    statistics { metric value lowerBound reporting sources { title } }
                    recruitmentPathways { id origin { code } destination { code } exploitation }
                    recommendations(year: 2025) { id pillar yearsOutstanding status } } }""").jsonPath();
        assertThat(data.getList("errors")).isNull();
        assertThat(data.getList("data.countries.code", String.class)).containsExactly("CUB", "RUS");
        assertThat(data.getList("data.countries.find { it.code == 'CUB' }.statistics")).isNotEmpty();
        assertThat(data.getList("data.countries.find { it.code == 'RUS' }.recommendations")).hasSize(12);
        assertThat(data.getList("data.countries.find { it.code == 'CUB' }.recommendations")).hasSize(11);
        assertThat(data.getList("data.countries.find { it.code == 'CUB' }.recruitmentPathways")).isNotEmpty();
    }

    @Test
    void callsToEachServiceDoNotGrowWithTheNumberOfCountries() {
        String fields = "code assessment { tier } statistics { id } recruitmentPathways { id } recommendations { id status }";
        Response one = Graph.query(Realm.user("alice"), "{ country(code: \"RUS\") { " + fields + " } }");
        Response all = Graph.query(Realm.user("alice"), "{ countries { " + fields + " } }");
        assertThat(all.jsonPath().getList("data.countries")).hasSizeGreaterThan(20);

        Map<String, Integer> forOne = Graph.downstreamCalls(one);
        Map<String, Integer> forAll = Graph.downstreamCalls(all);
        System.out.printf("downstream calls: N=1 %s, N=%d %s%n", forOne, all.jsonPath().getList("data.countries").size(),
                forAll);
        assertThat(forAll).containsOnlyKeys("country-service", "victim-service", "recommendation-service");
        assertThat(forAll).isEqualTo(forOne);
        assertThat(forAll.values()).allMatch(calls -> calls <= 2);
    }

    @Test
    void adminRecordsAnUpdateAndAStaleVersionIsAConflict() {
        String alice = Realm.user("alice");
        int version = Graph.query(alice, "{ recommendations(country: \"CUB\", year: 2025) { id version } }").jsonPath()
                .getInt("data.recommendations.find { it.id == 'CUB-2025-03' }.version");
        String mutation = """
                mutation { recordImplementationUpdate(input: {recommendationId: "CUB-2025-03", status: IN_PROGRESS,
                  note: "End-to-end test: wage withholding under review", expectedVersion: %d}) {
                  id status version history { status note recordedBy } } }""";

        JsonPath recorded = Graph.query(alice, mutation.formatted(version)).jsonPath();
        assertThat(recorded.getList("errors")).isNull();
        assertThat(recorded.getInt("data.recordImplementationUpdate.version")).isEqualTo(version + 1);
        assertThat(recorded.getString("data.recordImplementationUpdate.status")).isEqualTo("IN_PROGRESS");

        JsonPath stale = Graph.query(alice, mutation.formatted(version)).jsonPath();
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");

        String history = "{ recommendations(country: \"CUB\") { id history { note recordedBy } } }";
        JsonPath asBob = Graph.query(Realm.user("bob"), history).jsonPath();
        assertThat(asBob.getList("data.recommendations.find { it.id == 'CUB-2025-03' }.history.recordedBy"))
                .contains("alice");
        JsonPath asCarol = Graph.query(Realm.user("carol"), history).jsonPath();
        assertThat(asCarol.getList("data.recommendations.find { it.id == 'CUB-2025-03' }.history.recordedBy"))
                .isNotEmpty().containsOnlyNulls();
    }

    @Test
    void partnersCannotRecordUpdates() {
        for (String token : List.of(Realm.user("carol"), Realm.partnerSystem(), Realm.user("bob"))) {
            JsonPath refused = Graph.query(token, """
                    mutation { recordImplementationUpdate(input: {recommendationId: "CUB-2025-01", status: IMPLEMENTED,
                      note: "not allowed", expectedVersion: 0}) { id } }""").jsonPath();
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void caseStatisticsAreExactForAnalystsAndDisclosureControlledForPartners() {
        String query = "{ caseStatistics(groupBy: [YEAR, GENDER]) { threshold total cells { year gender count suppressed } } }";
        JsonPath analyst = Graph.query(Realm.user("bob"), query).jsonPath();
        assertThat(analyst.getList("errors")).isNull();
        assertThat(analyst.getList("data.caseStatistics.cells.suppressed", Boolean.class)).containsOnly(false);

        JsonPath partner = Graph.query(Realm.user("carol"), query).jsonPath();
        assertThat(partner.getInt("data.caseStatistics.threshold")).isEqualTo(11);
        List<Map<String, Object>> cells = partner.getList("data.caseStatistics.cells");
        for (Map<String, Object> cell : cells) {
            if (Boolean.TRUE.equals(cell.get("suppressed"))) {
                assertThat(cell.get("count")).isNull();
            } else {
                assertThat((Integer) cell.get("count")).isGreaterThanOrEqualTo(11);
            }
        }
    }
}
