package org.tipmonitor.victim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tipmonitor.commons.source.QuotedSources;
import org.tipmonitor.commons.source.QuotedSources.Quote;

/**
 * Reads the source documents: every statistic and pathway quotes its sources word for word, and every
 * number it states (values, years, dates, numbers in its own words) occurs in its quotes. Plain JUnit on
 * the dataset files, no application.
 *
 * <p>{@link QuotedSources#problems} checks the quotes and the numbers (in digits, words and scale words,
 * "$7 billion", "half" as 50 percent). A USD_MILLION value is compared in dollars.
 */
class VictimDatasetQuotesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static QuotedSources sources;

    /** Without the documents each test is reported skipped, with the reason, rather than silently not run. */
    @BeforeEach
    void theSourceDocumentsArePresent() {
        Assumptions.assumeTrue(QuotedSources.available(), "skipped: the source documents ("
                + QuotedSources.SOURCES.toAbsolutePath().normalize() + ", named in dataset/sources.json) are absent, "
                + "so quotes cannot be checked against them");
    }

    @BeforeAll
    static void loadSources() {
        if (!QuotedSources.available()) {
            return;
        }
        sources = QuotedSources.load();
    }

    @Test
    void everyStatisticQuotesItsSourceWordForWordAndEachOfItsNumbersOccursInItsQuotes() throws IOException {
        JsonNode statistics = read("victim/statistics.json");
        List<String> problems = new ArrayList<>();
        for (JsonNode s : statistics) {
            problems.addAll(sources.problems(s.path("id").asText(), quotes(s), statisticNumbers(s)));
        }
        assertThat(statistics).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPathwayQuotesItsSourceWordForWordAndEachOfItsNumbersOccursInItsQuotes() throws IOException {
        JsonNode pathways = read("victim/pathways.json");
        List<String> problems = new ArrayList<>();
        for (JsonNode p : pathways) {
            problems.addAll(sources.problems(p.path("id").asText(), quotes(p), pathwayNumbers(p)));
        }
        assertThat(pathways).isNotEmpty();
        assertThat(problems).isEmpty();
    }


    @Test
    void aChangedNumberOrAQuoteNotInTheSourceIsAProblem() throws IOException {
        JsonNode first = read("victim/statistics.json").get(0);
        List<Long> numbers = new ArrayList<>(statisticNumbers(first));
        numbers.add(first.path("value").asLong() + 1);
        assertThat(sources.problems("changed", quotes(first), numbers))
                .contains("changed: states " + (first.path("value").asLong() + 1) + ", which none of its quotes does");
        List<Quote> invented = List.of(new Quote(first.path("sources").get(0).path("source").asText(),
                "Traffickers exploit nobody anywhere."));
        assertThat(sources.problems("invented", invented, List.of())).hasSize(1);
    }


    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(QuotedSources.DATASET.resolve(file).toFile());
    }

    private static List<Quote> quotes(JsonNode record) {
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode citation : record.path("sources")) {
            quotes.add(new Quote(citation.path("source").asText(), citation.path("quote").asText(null)));
        }
        return quotes;
    }

    /** Value and upper value (a USD_MILLION amount in dollars), year, period end, and the numbers of its own words. */
    private static List<Long> statisticNumbers(JsonNode s) {
        List<Long> numbers = new ArrayList<>();
        long scale = "USD_MILLION".equals(s.path("unit").asText()) ? 1_000_000L : 1L;
        for (String field : List.of("value", "upperValue")) {
            if (s.path(field).isNumber()) {
                numbers.add(s.path(field).asLong() * scale);
            }
        }
        for (String field : List.of("year", "periodEnd")) {
            if (s.path(field).isNumber()) {
                numbers.add(s.path(field).asLong());
            }
        }
        for (String field : List.of("metric", "asWritten", "description")) {
            numbers.addAll(QuotedSources.numbersIn(s.path(field).asText("")));
        }
        return numbers;
    }

    /** Estimate, upper value, the dates' years (and day, for a DAY-precise date), and its own words' numbers. */
    private static List<Long> pathwayNumbers(JsonNode p) {
        List<Long> numbers = new ArrayList<>();
        for (String field : List.of("estimatedVictims", "upperValue")) {
            if (p.path(field).isNumber()) {
                numbers.add(p.path(field).asLong());
            }
        }
        for (String field : List.of("periodStart", "periodEnd")) {
            if (p.path(field).isTextual()) {
                LocalDate date = LocalDate.parse(p.path(field).asText());
                numbers.add((long) date.getYear());
                if ("DAY".equals(p.path(field + "Precision").asText())) {
                    numbers.add((long) date.getDayOfMonth());
                }
            }
        }
        for (String field : List.of("recruiter", "sector", "description")) {
            numbers.addAll(QuotedSources.numbersIn(p.path(field).asText("")));
        }
        return numbers;
    }
}
