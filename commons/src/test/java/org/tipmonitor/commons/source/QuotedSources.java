package org.tipmonitor.commons.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source documents as text, for the tests that check every record of the dataset against them:
 * a record's quote must occur in its source word for word, and every number the record states must
 * occur in its quotes. The documents live beside the project ({@code ../shared/sources/}, named in
 * dataset/sources.json); a test asks {@link #available()} first and is skipped, saying so, without them.
 *
 * <p>Comparison is on normalized text: runs of white space are one space, typographic quotes,
 * apostrophes and dashes are their plain forms. Numbers in quotes count in digits ("1,000"), in words
 * ("three"), with a scale word ("two million", "$7 billion"), and in the dataset's written conventions
 * for vague amounts ("tens of thousands" is recorded as at least 10,000, "half" as 50 percent).
 */
public final class QuotedSources {

    /** From a service module's folder: the project's dataset, and the documents beside the project. */
    public static final Path DATASET = Path.of("../dataset");
    public static final Path SOURCES = Path.of("../../shared/sources");

    private static final Map<Character, String> PLAIN = Map.ofEntries(
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201a', "'"), Map.entry('\u201b', "'"),
            Map.entry('\u2032', "'"), Map.entry('\u201c', "\""), Map.entry('\u201d', "\""), Map.entry('\u201e', "\""),
            Map.entry('\u201f', "\""), Map.entry('\u2033', "\""), Map.entry('\u2013', "-"), Map.entry('\u2014', "-"),
            Map.entry('\u2012', "-"), Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u00a0', " "), Map.entry('\u2022', " "));

    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("hundred", 100L),
            Map.entry("hundreds", 100L), Map.entry("thousands", 1_000L), Map.entry("tens of thousands", 10_000L),
            Map.entry("hundreds of thousands", 100_000L), Map.entry("a million", 1_000_000L),
            Map.entry("millions", 1_000_000L), Map.entry("half", 50L));

    /** An amount with a scale word: "two million", "$4.9 billion". */
    private static final Pattern SCALED = Pattern.compile(
            "\\b(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten) (million|billion)\\b");

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d|\\.\\d)|(?<![\\d.,])\\d+(?!\\d|,\\d|\\.\\d)");

    private final Map<String, String> texts;

    private QuotedSources(Map<String, String> texts) {
        this.texts = texts;
    }

    public static boolean available() {
        return Files.isDirectory(SOURCES);
    }

    /** Every document of the catalog, normalized; keyed by source id. */
    public static QuotedSources load() {
        try {
            Map<String, String> texts = new HashMap<>();
            for (JsonNode source : new ObjectMapper().readTree(DATASET.resolve("sources.json").toFile())) {
                Path file = SOURCES.resolve(source.path("file").asText());
                texts.put(source.path("id").asText(), normalize(Files.readString(file)));
            }
            return new QuotedSources(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String normalize(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String p = PLAIN.get(c);
            plain.append(p == null ? String.valueOf(c) : p);
        }
        return plain.toString().replaceAll("\\s+", " ").strip();
    }

    /** The numbers a text states, in digits, in words or by the dataset's conventions. */
    public static Set<Long> numbersIn(String text) {
        String plain = normalize(text).toLowerCase();
        Set<Long> numbers = new TreeSet<>();
        Matcher m = DIGITS.matcher(plain);
        while (m.find()) {
            numbers.add(Long.parseLong(m.group().replace(",", "")));
        }
        Matcher scaled = SCALED.matcher(plain);
        while (scaled.find()) {
            BigDecimal amount = WORDS.containsKey(scaled.group(1)) ? BigDecimal.valueOf(WORDS.get(scaled.group(1)))
                    : new BigDecimal(scaled.group(1));
            numbers.add(amount.movePointRight(scaled.group(2).equals("million") ? 6 : 9).longValueExact());
        }
        WORDS.forEach((word, value) -> {
            if (Pattern.compile("\\b" + word + "\\b").matcher(plain).find()) {
                numbers.add(value);
            }
        });
        return numbers;
    }

    /** A record's quote, with the source it is taken from. */
    public record Quote(String source, String text) {
    }

    /**
     * What is wrong with one record's evidence: a quote that is missing, names an unknown source or
     * does not occur in it word for word, and a number of the record that none of its quotes states.
     */
    public List<String> problems(String record, Collection<Quote> quotes, Collection<? extends Number> numbers) {
        List<String> problems = new ArrayList<>();
        if (quotes.isEmpty()) {
            problems.add(record + ": no quote");
        }
        Set<Long> quoted = new TreeSet<>();
        for (Quote quote : quotes) {
            String text = texts.get(quote.source());
            if (quote.text() == null || quote.text().isBlank()) {
                problems.add(record + ": an empty quote of " + quote.source());
            } else if (text == null) {
                problems.add(record + ": quotes an unknown source " + quote.source());
            } else if (!text.contains(normalize(quote.text()))) {
                problems.add(record + ": not in " + quote.source() + " word for word: \"" + quote.text() + "\"");
            } else {
                quoted.addAll(numbersIn(quote.text()));
            }
        }
        for (Number n : numbers) {
            if (n != null && !quoted.contains(n.longValue())) {
                problems.add(record + ": states " + n + ", which none of its quotes does");
            }
        }
        return problems;
    }
}
