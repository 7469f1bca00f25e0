package org.tipmonitor.victim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipmonitor.commons.source.QuotedSources;
import org.tipmonitor.commons.source.QuotedSources.Quote;

/**
 * Reads the source documents: every statistic and pathway quotes its sources word for word, and every
 * number it states (values, years, dates, numbers in its own words) occurs in its quotes. Plain JUnit on
 * the dataset files, no application.
 *
 * <p>{@link QuotedSources#problems} checks the quotes and the numbers. Two readings of numbers it does not
 * make are made here first, and the numbers they find in a record's quotes are not handed on: a number
 * followed by a comma ("In 2022, there were", which its pattern skips), and an amount written with a
 * scale word ("two million", "$7 billion", "half" as 50 percent). A USD_MILLION value is compared in
 * dollars.
 */
class VictimDatasetQuotesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static QuotedSources sources;

    @BeforeAll
    static void loadSources() {
        Assumptions.assumeTrue(QuotedSources.available(), "skipped: the source documents ("
                + QuotedSources.SOURCES.toAbsolutePath().normalize() + ", named in dataset/sources.json) are absent, "
                + "so quotes cannot be checked against them");
        sources = QuotedSources.load();
    }

    @Test
    void everyStatisticQuotesItsSourceWordForWordAndEachOfItsNumbersOccursInItsQuotes() throws IOException {
        JsonNode statistics = read("victim/statistics.json");
        List<String> problems = new ArrayList<>();
        for (JsonNode s : statistics) {
            problems.addAll(sources.problems(s.path("id").asText(), quotes(s), notReadHere(statisticNumbers(s), quotes(s))));
        }
        assertThat(statistics).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPathwayQuotesItsSourceWordForWordAndEachOfItsNumbersOccursInItsQuotes() throws IOException {
        JsonNode pathways = read("victim/pathways.json");
        List<String> problems = new ArrayList<>();
        for (JsonNode p : pathways) {
            problems.addAll(sources.problems(p.path("id").asText(), quotes(p), notReadHere(pathwayNumbers(p), quotes(p))));
        }
        assertThat(pathways).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void numbersBeforeACommaAndAmountsWithAScaleWordAreReadInQuotes() {
        List<Quote> quotes = List.of(new Quote("tip-2025-cuba", "In 2022, there were approximately 5,000 children"),
                new Quote("tip-2025-cuba", "Cuba reported $7 billion, of which $4.9 billion"),
                new Quote("tip-2024-russia", "more than two million Ukrainians, including more than one million"),
                new Quote("tip-2024-russia", "only half of eligible migrants"));
        assertThat(notReadHere(List.of(2022L, 5000L, 7_000_000_000L, 4_900_000_000L, 2_000_000L, 1_000_000L, 50L, 2023L,
                3_000_000L), quotes)).containsExactly(2023L, 3_000_000L);
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

    private static final Pattern BEFORE_COMMA = Pattern.compile("(\\d),(?!\\d)");
    private static final Pattern SCALED = Pattern.compile(
            "\\b(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten) (million|billion)\\b");
    private static final List<String> DIGIT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** The numbers of the record that the quotes do not state in the two ways read here. */
    static List<Long> notReadHere(List<Long> numbers, List<Quote> quotes) {
        Set<Long> read = new HashSet<>();
        for (Quote quote : quotes) {
            if (quote.text() == null) {
                continue;
            }
            String text = QuotedSources.normalize(quote.text()).toLowerCase();
            read.addAll(QuotedSources.numbersIn(BEFORE_COMMA.matcher(text).replaceAll("$1 ,")));
            Matcher m = SCALED.matcher(text);
            while (m.find()) {
                BigDecimal amount = DIGIT_WORDS.contains(m.group(1)) ? BigDecimal.valueOf(DIGIT_WORDS.indexOf(m.group(1)))
                        : new BigDecimal(m.group(1));
                read.add(amount.multiply(BigDecimal.TEN.pow(m.group(2).equals("million") ? 6 : 9)).longValueExact());
            }
            if (Pattern.compile("\\bhalf\\b").matcher(text).find()) {
                read.add(50L);
            }
        }
        return numbers.stream().filter(n -> !read.contains(n)).toList();
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
