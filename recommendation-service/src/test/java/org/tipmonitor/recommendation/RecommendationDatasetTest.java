package org.tipmonitor.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipmonitor.commons.dataset.DatasetException;
import org.tipmonitor.recommendation.dataset.RecommendationDataset;
import org.tipmonitor.recommendation.repository.RecommendationRepository;

@QuarkusTest
class RecommendationDatasetTest {

    @Inject
    RecommendationDataset dataset;
    @Inject
    RecommendationRepository recommendations;
    @Inject
    EntityManager em;

    @Test
    void loadingTheSameDatasetAgainInsertsNothing() {
        long before = count();
        RecommendationDataset.LoadReport report = dataset.load(Optional.empty());
        assertEquals(47, report.recommendations());
        assertEquals(0, report.inserted());
        assertEquals(before, count());
    }

    /** A dataset folder with the shared files and these recommendations; returns the recommendations file. */
    private static Path datasetWith(Path dir, String recommendations) throws IOException {
        copy("sources.json", dir);
        copy("country/countries.json", dir);
        Path file = dir.resolve("recommendation/recommendations.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, recommendations);
        return file;
    }

    @Test
    void loadingTheSameDatasetAgainRewritesNoRow() {
        List<String> before = rowVersions();
        dataset.load(Optional.empty());
        assertEquals(before, rowVersions());
    }

    @Test
    void lineageThatSkipsTheImmediatelyPrecedingReportIsRejectedAndNothingWritten(@TempDir Path dir)
            throws IOException {
        Path file = datasetWith(dir, """
                [
                  {"id": "XYZ-2023-01", "country": "RUS", "reportYear": 2023, "issuer": "I", "addressee": "A",
                   "pillar": "PREVENTION", "position": 1, "text": "t",
                   "sources": [{"source": "tip-2024-russia", "section": "s", "quote": "q"}]},
                  {"id": "XYZ-2024-01", "country": "RUS", "reportYear": 2024, "issuer": "I", "addressee": "A",
                   "pillar": "PREVENTION", "position": 1, "text": "t",
                   "sources": [{"source": "tip-2024-russia", "section": "s", "quote": "q"}]},
                  {"id": "XYZ-2025-02", "country": "RUS", "reportYear": 2025, "issuer": "I", "addressee": "A",
                   "pillar": "PREVENTION", "position": 1, "text": "t", "previous": "XYZ-2023-01",
                   "sources": [{"source": "no-such-source", "section": "s", "quote": "q"}]}
                ]
                """);
        long before = count();
        DatasetException e = assertThrows(DatasetException.class, () -> dataset.load(Optional.of(dir)));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("record 3: id XYZ-2025-02 does not match")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("unknown source 'no-such-source'")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("previous XYZ-2023-01 is not in")), e::getMessage);
        assertEquals(before, count());
    }

    @Test
    void aReportYearMayBeNullOnlyWhereEverySourceIsUndatedAndSuchARecordHasNoLineage(@TempDir Path dir)
            throws IOException {
        Path file = datasetWith(dir, """
                [
                  {"id": "XYZ-ND-01", "country": "RUS", "reportYear": null, "issuer": "I", "addressee": "A",
                   "pillar": "PREVENTION", "position": 1, "text": "t",
                   "sources": [{"source": "tip-2025-cuba", "section": "s", "quote": "q"}]},
                  {"id": "XYZ-ND-02", "country": "RUS", "reportYear": null, "issuer": "I", "addressee": "A",
                   "pillar": "PREVENTION", "position": 2, "text": "t", "previous": "XYZ-ND-01",
                   "sources": [{"source": "article-russia-sex-trafficking", "section": "s", "quote": "q"}]},
                  {"id": "XYZ-2024-03", "country": "RUS", "reportYear": null, "issuer": "I", "addressee": "A",
                   "pillar": "PREVENTION", "position": 3, "text": "t",
                   "sources": [{"source": "article-russia-sex-trafficking", "section": "s", "quote": "q"}]},
                  {"id": "XYZ-ND-04", "country": "RUS", "reportYear": null, "issuer": "I", "addressee": "A",
                   "pillar": "PREVENTION", "position": 4, "text": "t",
                   "sources": [{"source": "article-russia-sex-trafficking", "section": "s"}]}
                ]
                """);
        long before = count();
        DatasetException e = assertThrows(DatasetException.class, () -> dataset.load(Optional.of(dir)));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("quote")), e::getMessage);

        Files.writeString(file, Files.readString(file).replace(
                "\"section\": \"s\"}]}\n]", "\"section\": \"s\", \"quote\": \"q\"}]}\n]"));
        e = assertThrows(DatasetException.class, () -> dataset.load(Optional.of(dir)));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(
                "record 1: reportYear is null, but its source tip-2025-cuba is dated")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(
                "record 2: an undated recommendation has no lineage")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(
                "record 3: id XYZ-2024-03 does not match its report year and position (XYZ-ND-03)")), e::getMessage);
        assertEquals(3, e.problems().size(), e::getMessage);
        assertEquals(before, count());
    }

    /**
     * Every row of the recommendation tables with its xmin, the transaction that wrote it: PostgreSQL
     * gives an updated row a new one, and a rewritten list (deleted and inserted again) new rows.
     */
    private List<String> rowVersions() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select 'recommendation ' || id || ' ' || xmin::text from recommendation
                union all select 'addressee ' || recommendation_id || ' ' || position || ' ' || xmin::text
                    from recommendation_addressee_country
                union all select 'source ' || recommendation_id || ' ' || position || ' ' || xmin::text
                    from recommendation_source
                order by 1""", String.class).getResultList());
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(recommendations::count);
    }

    private static void copy(String file, Path dir) throws IOException {
        Path target = dir.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("dataset/" + file)) {
            Files.copy(in, target);
        }
    }
}
