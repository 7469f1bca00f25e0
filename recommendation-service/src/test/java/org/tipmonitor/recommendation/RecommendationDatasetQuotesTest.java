package org.tipmonitor.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tipmonitor.commons.source.QuotedSources;
import org.tipmonitor.commons.source.QuotedSources.Quote;

/**
 * Reads the recommendation dataset against the source documents (plain JUnit, no Quarkus): every
 * citation's quote occurs in its source word for word, and every number a recommendation states (its
 * report year when it has one, and any number in its text, addressee or issuer, which are our own
 * words) occurs in its quotes. Skipped, saying why, where the documents are absent.
 */
class RecommendationDatasetQuotesTest {

    private static final String FILE = "recommendation/recommendations.json";

    private static JsonNode records;
    private static QuotedSources sources;

    /** Without the documents each test is reported skipped, with the reason, rather than silently not run. */
    @BeforeEach
    void theSourceDocumentsArePresent() {
        Assumptions.assumeTrue(QuotedSources.available(), "skipped: the source documents are absent ("
                + QuotedSources.SOURCES.toAbsolutePath().normalize() + ", beside the project, named in "
                + "dataset/sources.json), so the quotes cannot be read against them");
    }

    @BeforeAll
    static void readTheDatasetAndTheSources() throws IOException {
        if (!QuotedSources.available()) {
            return;
        }
        records = new ObjectMapper().readTree(QuotedSources.DATASET.resolve(FILE).toFile());
        sources = QuotedSources.load();
    }

    @Test
    void everyRecommendationQuotesItsSourcesWordForWordAndEveryNumberItStatesIsInItsQuotes() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JsonNode r : records) {
            problems.addAll(sources.problems(r.path("id").asText(), quotes(r), numbers(r)));
            checked++;
        }
        assertEquals(47, checked, "records checked");
        assertEquals(List.of(), problems, "problems");
    }

    @Test
    void aNumberTheQuotesDoNotStateIsReported() {
        JsonNode r = byId("RUS-2025-05");
        assertEquals(List.of("RUS-2025-05: states 2396, which none of its quotes does"),
                sources.problems("RUS-2025-05", quotes(r), List.of(2396)));
    }

    @Test
    void aQuoteThatIsNotInItsSourceWordForWordIsReported() {
        Quote changed = new Quote("tip-2025-russia", "Cease the use of forced labour in filtration centers.");
        assertEquals(1, sources.problems("RUS-2025-01", List.of(changed), List.of()).size());
    }

    @Test
    void anUndatedRecommendationStatesNoYearAndItsIdSaysSo() {
        for (JsonNode r : records) {
            if (r.path("reportYear").isNull()) {
                assertTrue(r.path("id").asText().matches("[A-Z]{3}-ND-[0-9]{2}"), r.path("id").asText());
            }
        }
        assertTrue(byId("ART-ND-01").path("reportYear").isNull(), "the article is undated");
    }

    private static List<Quote> quotes(JsonNode r) {
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode c : r.path("sources")) {
            String quote = c.path("quote").isTextual() ? c.path("quote").asText() : null;
            quotes.add(new Quote(c.path("source").asText(), quote));
        }
        return quotes;
    }

    /** The numbers a record states: its report year (when not null) and any number in its own words. */
    private static Set<Long> numbers(JsonNode r) {
        Set<Long> numbers = new TreeSet<>();
        if (r.path("reportYear").isNumber()) {
            numbers.add(r.path("reportYear").asLong());
        }
        for (String field : List.of("text", "addressee", "issuer")) {
            numbers.addAll(QuotedSources.numbersIn(r.path(field).asText("")));
        }
        return numbers;
    }

    private static JsonNode byId(String id) {
        for (JsonNode r : records) {
            if (r.path("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no record " + id);
    }
}
