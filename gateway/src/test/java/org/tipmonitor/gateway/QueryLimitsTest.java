package org.tipmonitor.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a query may cost (limits.QueryLimits). A query is priced by what its answer could hold, lists
 * multiplying what is inside them; the pricey ones are refused before any service is called, and an
 * answer that still grows too large is cut with one error (AnswerBudgetTest). No service runs here: a query that passes
 * the limits gets UNAVAILABLE for its fields, one that does not gets its refusal and no data at all.
 */
@QuarkusTest
@TestSecurity(user = "carol", roles = "partner")
class QueryLimitsTest {

    static String aliases(int count, String field) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
    }

    /** The query that took the first version of the gateway down: 1.3 KB, inside the old depth and complexity limits. */
    static final String NESTED_RECOMMENDATIONS = aliases(10, "countries { recommendations { country { recommendations "
            + "{ country { recommendations { country { code name region } } } } } } }");

    @Test
    void nestedListsAreRefusedBeforeAnyServiceIsCalledWithQueryTooCostly() {
        GraphErrorsTest.graphql(NESTED_RECOMMENDATIONS)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"))
                .body("errors[0].message", containsString("at most 100000"));
    }

    @Test
    void manyAliasesOfACaseAggregateAreRefusedWithQueryTooCostly() {
        GraphErrorsTest.graphql(aliases(40, "caseStatistics(groupBy: [CITIZENSHIP, GENDER]) { total cells { count } }"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"));
        // Four fit: the price is per aggregate, not a ban on them.
        GraphErrorsTest.graphql(aliases(4, "caseStatistics(groupBy: [CITIZENSHIP, GENDER]) { total cells { count } }"))
                .body("errors.extensions.code", everyItem(equalTo("UNAVAILABLE")));
    }

    @Test
    void pricesThatWouldOverflowAnIntegerAreStillTooCostly() {
        // Each alias alone is priced beyond Integer.MAX_VALUE; hundreds of them must not wrap to a small total.
        String nested = "countries { recommendations { country { recommendations { country { assessments { citations "
                + "{ quote } } } } } } }";
        GraphErrorsTest.graphql(aliases(400, nested))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COSTLY"));
    }

    @Test
    void theWebClientsOwnQueriesAreWithinTheLimits() {
        // As app.js sends them (its COUNTRY_QUERY with CITATION_FIELDS and RECOMMENDATION_FIELDS spelled out).
        String citations = "citations { quote section source { title publisher published url } }";
        String countryPage = """
                query { country(code: "RUS") { code name region
                  assessments { reportYear tier policyOrPattern summary prosecutionTrend protectionTrend preventionTrend
                    lawEnforcement { dataYear investigations prosecutions convictions victimsIdentified reporting note %1$s }
                    %1$s }
                  statistics { id metric year value upperValue unit description lowerBound reporting %1$s }
                  recruitmentPathways { id origin { code name } destination { code name } exploitation recruiter means sector
                    description estimatedVictims lowerBound periodStart periodStartPrecision periodEnd periodEndPrecision
                    officialComplicity %1$s }
                  recommendations { id reportYear pillar text status version yearsOutstanding
                    history { status note evidenceUrl recordedAt recordedBy } %1$s } } }""".formatted(citations);
        GraphErrorsTest.graphql(countryPage)
                .body("errors.extensions.code", everyItem(equalTo("UNAVAILABLE")));
        GraphErrorsTest.graphql("""
                { countries(year: 2025) { code name region assessment(year: 2025) { tier policyOrPattern } }
                  all: countries { region } tierSummary(year: 2025) { tier1 tier2 tier2WatchList tier3 specialCase } }""")
                .body("errors.extensions.code", everyItem(equalTo("UNAVAILABLE")));
        GraphErrorsTest.graphql("{ recommendations(year: 2025) { id reportYear status country { code name } } "
                + "all: recommendations { reportYear } }")
                .body("errors.extensions.code", everyItem(equalTo("UNAVAILABLE")));
        // And the benchmark's query over every country (docs/benchmarks.md, (b)).
        GraphErrorsTest.graphql("{ countries { code name assessment { tier } statistics { metric year value lowerBound "
                + "reporting } recommendations { id pillar text status } } }")
                .body("errors.extensions.code", everyItem(equalTo("UNAVAILABLE")));
    }

    @Test
    void tooDeepQueriesAreRefusedWithQueryTooDeep() {
        String deep = "{ recommendations { country { recommendations { country { recommendations { country { "
                + "recommendations { country { name } } } } } } } } }";
        GraphErrorsTest.graphql(deep)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", containsString("at most 8"));
    }
}
