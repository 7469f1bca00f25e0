package org.tipmonitor.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipmonitor.commons.dataset.DatasetException;
import org.tipmonitor.country.dataset.CountryDataset;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.Statute;

/** The importer: idempotent, and all-or-nothing with problems that name file and record. */
@QuarkusTest
class CountryDatasetTest {

    static final Path SHIPPED = Path.of("../dataset");

    @Inject
    CountryDataset dataset;
    @Inject
    ObjectMapper json;
    @TempDir
    Path folder;

    @BeforeEach
    void copyShippedDataset() throws IOException {
        Files.createDirectories(folder.resolve("country"));
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(SHIPPED.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void loadingTheSameDatasetTwiceChangesNothing() {
        Map<String, Integer> before = snapshot();
        dataset.load(Optional.empty());
        dataset.load(Optional.of(folder));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void usersExtendTheDatasetWithRecordsOfTheirOwn() throws IOException {
        append("country/countries.json", Map.of("code", "ZZA", "name", "Extensionland", "region", "Africa"));
        append("country/assessments.json", Map.of("country", "ZZA", "reportYear", 2025, "tier", "TIER_2",
                "policyOrPattern", false, "sources", List.of(Map.of("source", "tip-2025-cuba", "section", "x", "quote", "q"))));
        dataset.load(Optional.of(folder));
        long added = QuarkusTransaction.requiringNew().call(() -> Assessment.count("country.code", "ZZA"));
        assertThat(added).isEqualTo(1);
    }

    @Test
    void aBadRecordRejectsTheWholeLoadAndNamesFileAndRecord() throws IOException {
        Map<String, Integer> before = snapshot();
        append("country/countries.json", Map.of("code", "ZZB", "name", "Half-written land"));
        int record = append("country/assessments.json", Map.of("country", "ZZB", "reportYear", 2025, "tier", "TIER_2",
                "policyOrPattern", false,
                "lawEnforcement", List.of(Map.of("dataYear", 2024,
                        "convictions", Map.of("value", -1, "reporting", "OFFICIAL"),
                        "citation", Map.of("source", "tip-2025-cuba", "section", "x", "quote", "q"))),
                "sources", List.of(Map.of("source", "tip-2025-cuba", "section", "x", "quote", "q"))));

        DatasetException e = assertThrows(DatasetException.class, () -> dataset.load(Optional.of(folder)));

        assertThat(e.problems()).containsExactly("country/assessments.json record " + record
                + ": lawEnforcement[0].convictions.value must be greater than or equal to 0");
        assertThat(snapshot()).isEqualTo(before);
        assertThat((Object) QuarkusTransaction.requiringNew().call(() -> Country.findById("ZZB"))).isNull();
    }

    @Test
    void unknownCountriesSourcesAndDuplicatesAreAllReported() throws IOException {
        append("country/assessments.json", Map.of("country", "QQQ", "reportYear", 2025, "tier", "TIER_2",
                "policyOrPattern", false, "sources", List.of(Map.of("source", "nowhere", "section", "x", "quote", "q"))));
        append("country/tier-counts.json", Map.of("reportYear", 2025, "tier1", 1, "tier2", 1, "tier2WatchList", 1,
                "tier3", 1, "citation", Map.of("source", "tip-2025-cuba", "section", "x", "quote", "q")));

        DatasetException e = assertThrows(DatasetException.class, () -> dataset.load(Optional.of(folder)));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("assessments.json").contains("unknown country QQQ"))
                .anySatisfy(p -> assertThat(p).contains("unknown source 'nowhere'"))
                .anySatisfy(p -> assertThat(p).contains("tier-counts.json record 2: duplicate"));
    }

    @Test
    void aCitationWithoutItsQuoteRejectsTheLoadNamingRecordAndField() throws IOException {
        Map<String, Integer> before = snapshot();
        int record = append("country/statutes.json", Map.of("country", "RUS", "article", "999",
                "criminalizes", "Nothing.", "citation", Map.of("source", "tip-2025-russia", "section", "PROSECUTION")));

        DatasetException e = assertThrows(DatasetException.class, () -> dataset.load(Optional.of(folder)));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("country/statutes.json record " + record).contains("citation.quote"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void malformedFilesAndUnknownFieldsAreRejectedNamingTheFile() throws IOException {
        Files.writeString(folder.resolve("country/statutes.json"), "[{\"country\": \"RUS\",");
        append("country/countries.json", Map.of("code", "ZZC", "name", "x", "population", 3));

        DatasetException e = assertThrows(DatasetException.class, () -> dataset.load(Optional.of(folder)));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("country/statutes.json"))
                .anySatisfy(p -> assertThat(p).startsWith("country/countries.json").contains("population"));
    }

    /** Appends a record to a data file and returns its 1-based record number. */
    private int append(String file, Map<String, Object> record) throws IOException {
        ArrayNode records = (ArrayNode) json.readTree(folder.resolve(file).toFile());
        records.add(json.valueToTree(record));
        json.writeValue(folder.resolve(file).toFile(), records);
        return records.size();
    }

    /** Every assessment's version plus row counts: what a no-op load must leave untouched. */
    private Map<String, Integer> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Integer> state = Assessment.<Assessment>streamAll()
                    .collect(Collectors.toMap(a -> a.country.code + a.reportYear, a -> a.version));
            state.put("countries", (int) Country.count());
            state.put("statutes", (int) Statute.count());
            // An unchanged load writes nothing, so it opens no audit revision either.
            state.put("revisions", Country.getEntityManager()
                    .createQuery("select count(r) from Revision r", Long.class).getSingleResult().intValue());
            return state;
        });
    }

}
