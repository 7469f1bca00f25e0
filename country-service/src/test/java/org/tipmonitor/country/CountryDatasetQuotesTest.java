package org.tipmonitor.country;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tipmonitor.commons.source.QuotedSources;
import org.tipmonitor.commons.source.QuotedSources.Quote;

/**
 * The country dataset read against the source documents themselves (../shared/sources, named in
 * dataset/sources.json): every record's quotes occur in its cited source word for word (white space and
 * typographic quotes normalized), and every number the record states, in its fields or in its texts,
 * occurs in its quotes. A quote may join passages of one source with " [...] "; each passage must occur.
 * Plain JUnit: no Quarkus, no database.
 */
class CountryDatasetQuotesTest {

    /** Between two passages of one citation's quote: each passage is checked on its own. */
    static final Pattern ELISION = Pattern.compile(" \\[\\.\\.\\.\\] ");

    /**
     * Report years no quote states, each with the words of its source it rests on. Cuba's 2024 placement is
     * known only from the 2025 chapter's "remained on Tier 3": its quotes must say so, and state 2025.
     */
    static final Map<String, String> REPORT_YEAR_FROM_NEXT_REPORT = Map.of("CUB 2024", "remained on Tier 3");


    static QuotedSources sources;
    static final ObjectMapper JSON = new ObjectMapper();

    /** Without the documents each test is reported skipped, with the reason, rather than silently not run. */
    @BeforeEach
    void theSourceDocumentsArePresent() {
        Assumptions.assumeTrue(QuotedSources.available(), "skipped: the source documents are absent ("
                + QuotedSources.SOURCES.toAbsolutePath().normalize()
                + "), so the dataset's quotes cannot be checked against them");
    }

    @BeforeAll
    static void readTheSources() {
        if (!QuotedSources.available()) {
            return;
        }
        sources = QuotedSources.load();
    }

    @Test
    void everyAssessmentIsQuotedFromItsSourcesAndTheyStateEveryNumberItGives() throws IOException {
        List<String> problems = new ArrayList<>();
        int records = 0;
        for (JsonNode a : read("country/assessments.json")) {
            String key = a.path("country").asText() + " " + a.path("reportYear").asInt();
            List<Quote> quotes = quotes(a.path("sources"));
            List<Long> numbers = new ArrayList<>();
            String derivation = REPORT_YEAR_FROM_NEXT_REPORT.get(key);
            if (derivation == null) {
                numbers.add(a.path("reportYear").asLong());
            } else {
                numbers.add(a.path("reportYear").asLong() + 1);
                if (quotes.stream().noneMatch(q -> q.text().contains(derivation))) {
                    problems.add(key + ": its report year rests on \"" + derivation + "\", which no quote says");
                }
            }
            for (String field : List.of("summary", "prosecutionFinding", "protectionFinding", "preventionFinding")) {
                numbers.addAll(QuotedSources.numbersIn(a.path(field).asText("")));
            }
            problems.addAll(problems(key, quotes, numbers));
            records++;
            for (JsonNode year : a.path("lawEnforcement")) {
                String yearKey = key + " lawEnforcement[" + year.path("dataYear").asInt() + "]";
                List<Long> figures = new ArrayList<>(List.of(year.path("dataYear").asLong()));
                for (String figure : List.of("investigations", "prosecutions", "convictions", "victimsIdentified")) {
                    if (year.path(figure).path("value").isNumber()) {
                        figures.add(year.path(figure).path("value").asLong());
                    }
                }
                figures.addAll(QuotedSources.numbersIn(year.path("note").asText("")));
                problems.addAll(problems(yearKey, quotes(List.of(year.path("citation"))), figures));
                records++;
            }
        }
        assertThat(problems).as("problems in %d assessment and law-enforcement records", records).isEmpty();
        assertThat(records).isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyStatuteIsQuotedAndItsQuoteStatesItsArticleAndPenalties() throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode statutes = read("country/statutes.json");
        for (JsonNode s : statutes) {
            String key = s.path("country").asText() + " " + s.path("article").asText();
            List<Long> numbers = new ArrayList<>();
            for (String text : List.of("article", "title", "criminalizes")) {
                numbers.addAll(QuotedSources.numbersIn(s.path(text).asText("")));
            }
            for (String penalty : List.of("adultPenalty", "childPenalty")) {
                JsonNode p = s.path(penalty);
                for (String years : List.of("minYears", "maxYears")) {
                    if (p.path(years).isNumber()) {
                        numbers.add(p.path(years).asLong());
                    }
                }
                numbers.addAll(QuotedSources.numbersIn(p.path("description").asText("")));
            }
            problems.addAll(problems(key, quotes(List.of(s.path("citation"))), numbers));
        }
        assertThat(problems).as("problems in %d statutes", statutes.size()).isEmpty();
    }

    @Test
    void theTierCountsAreQuotedWithEveryCountAndTheReportYear() throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode counts = read("country/tier-counts.json");
        for (JsonNode t : counts) {
            List<Long> numbers = new ArrayList<>();
            for (String field : List.of("reportYear", "tier1", "tier2", "tier2WatchList", "tier3", "specialCase")) {
                if (t.path(field).isNumber()) {
                    numbers.add(t.path(field).asLong());
                }
            }
            problems.addAll(problems("tier counts " + t.path("reportYear").asInt(),
                    quotes(List.of(t.path("citation"))), numbers));
        }
        assertThat(problems).as("problems in %d tier-count records", counts.size()).isEmpty();
    }

    @Test
    void aChangedNumberOrAnAlteredQuoteIsCaught() {
        List<Quote> quotes = quotes(List.of(JSON.createObjectNode().put("source", "tip-2025-cuba")
                .put("quote", "Authorities prosecuted 20 alleged traffickers [...] convicted 19 traffickers in 2023.")));
        assertThat(problems("as written", quotes, List.of(20L, 19L, 2023L))).isEmpty();
        assertThat(problems("a changed number", quotes, List.of(21L))).hasSize(1);
        List<Quote> altered = quotes(List.of(JSON.createObjectNode().put("source", "tip-2025-cuba")
                .put("quote", "Authorities prosecuted 21 alleged traffickers")));
        assertThat(problems("an altered quote", altered, List.of())).hasSize(1);
    }

    @Test
    void aNumberFollowedByACommaInAQuoteCounts() {
        List<Quote> quotes = List.of(new Quote("tip-2024-russia", "compared with 52 in 2020, the most recent year"));
        assertThat(problems("before a comma", quotes, List.of(52L, 2020L))).isEmpty();
        assertThat(problems("a thousands separator is no comma", List.of(new Quote("tip-2025-cuba", "1,818 labor inspections")),
                List.of(818L))).hasSize(1);
    }

    static List<String> problems(String record, List<Quote> quotes, List<Long> numbers) {
        return sources.problems(record, quotes, numbers);
    }

    /** Each citation's quote, split at its elisions: every passage must occur in the source. */
    static List<Quote> quotes(Iterable<JsonNode> citations) {
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode c : citations) {
            String source = c.path("source").asText();
            String quote = c.path("quote").isTextual() ? c.path("quote").asText() : null;
            if (quote == null || quote.isBlank()) {
                quotes.add(new Quote(source, quote));
            } else {
                Arrays.stream(ELISION.split(quote)).map(passage -> new Quote(source, passage)).forEach(quotes::add);
            }
        }
        return quotes;
    }

    static JsonNode read(String file) throws IOException {
        return JSON.readTree(QuotedSources.DATASET.resolve(file).toFile());
    }
}
