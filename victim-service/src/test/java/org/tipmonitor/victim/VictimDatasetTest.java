package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.tipmonitor.commons.dataset.DatasetException;
import org.tipmonitor.victim.published.dataset.VictimDataset;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;

@QuarkusTest
class VictimDatasetTest {

    @Inject
    VictimDataset dataset;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void loadingTheSameDatasetAgainChangesNothing() {
        long statistics = count(Statistic.class);
        long pathways = count(Pathway.class);
        var report = dataset.load(Optional.empty());
        assertThat(report.statistics()).isEqualTo(statistics);
        assertThat(count(Statistic.class)).isEqualTo(statistics);
        assertThat(count(Pathway.class)).isEqualTo(pathways);
    }

    @Test
    void loadingTheSameDatasetAgainWritesNothing() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            dataset.load(Optional.empty());
            assertThat(statistics.getEntityInsertCount()).isZero();
            assertThat(statistics.getEntityUpdateCount()).isZero();
            assertThat(statistics.getCollectionUpdateCount()).isZero();
            assertThat(statistics.getCollectionRecreateCount()).isZero();
            assertThat(statistics.getCollectionRemoveCount()).isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "analyst")
    void aChangedDatasetIsShownAtTheNextReadOfTheList() throws IOException {
        // The list is cached (published.rest.PublishedViews): this read fills the cache with the loaded state.
        given().queryParam("country", "CUB").get("/api/v1/statistics").then().statusCode(200)
                .body("CUB.find { it.id == 'cub-medical-workers-abroad-2025' }.value", equalTo(26000));
        Path folder = copyOfDataset();
        Path statistics = folder.resolve("victim/statistics.json");
        Files.writeString(statistics, Files.readString(statistics).replaceFirst("\"value\": 26000", "\"value\": 26001"));
        try {
            dataset.load(Optional.of(folder));
            given().queryParam("country", "CUB").get("/api/v1/statistics").then().statusCode(200)
                    .body("CUB.find { it.id == 'cub-medical-workers-abroad-2025' }.value", equalTo(26001));
        } finally {
            dataset.load(Optional.empty());
        }
        given().queryParam("country", "CUB").get("/api/v1/statistics").then().statusCode(200)
                .body("CUB.find { it.id == 'cub-medical-workers-abroad-2025' }.value", equalTo(26000));
    }

    @Test
    @TestSecurity(user = "bob", roles = "analyst")
    void aFigureTheDatasetNoLongerHoldsIsNoLongerServedAfterTheNextLoad() throws IOException {
        Path folder = copyOfDataset();
        Path statistics = folder.resolve("victim/statistics.json");
        ObjectMapper json = new ObjectMapper();
        ArrayNode records = (ArrayNode) json.readTree(statistics.toFile());
        long before = count(Statistic.class);
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).path("id").asText().equals("cub-medical-workers-abroad-2025")) {
                records.remove(i);
                break;
            }
        }
        assertThat(records.size()).as("the test's dataset lacks the figure").isEqualTo(before - 1);
        json.writeValue(statistics.toFile(), records);
        try {
            dataset.load(Optional.of(folder));
            assertThat(count(Statistic.class)).isEqualTo(before - 1);
            given().queryParam("country", "CUB").get("/api/v1/statistics").then().statusCode(200)
                    .body("CUB.find { it.id == 'cub-medical-workers-abroad-2025' }", nullValue());
        } finally {
            dataset.load(Optional.empty());
        }
        assertThat(count(Statistic.class)).isEqualTo(before);
        given().queryParam("country", "CUB").get("/api/v1/statistics").then().statusCode(200)
                .body("CUB.find { it.id == 'cub-medical-workers-abroad-2025' }.value", equalTo(26000));
    }

    @Test
    void aBadRecordRejectsTheWholeDatasetNamingFileAndRecord() throws IOException {
        Path folder = copyOfDataset();
        Path statistics = folder.resolve("victim/statistics.json");
        String json = Files.readString(statistics);
        // Record 1 gets an unknown source, record 2 a NOT_REPORTED figure with a value.
        json = json.replaceFirst("\"source\": \"tip-2025-cuba\"", "\"source\": \"no-such-source\"");
        json = json.replaceFirst("\"reporting\": \"UNATTRIBUTED\",\\s*\"description\": \"Number of countries",
                "\"reporting\": \"NOT_REPORTED\", \"description\": \"Number of countries");
        Files.writeString(statistics, json);
        Files.writeString(folder.resolve("victim/pathways.json"), Files.readString(folder.resolve("victim/pathways.json"))
                .replaceFirst("\"destination\": \"RUS\"", "\"destination\": \"ATL\""));
        long before = count(Statistic.class);

        assertThatThrownBy(() -> dataset.load(Optional.of(folder)))
                .isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).problems()).contains(
                        "victim/statistics.json record 1: unknown source 'no-such-source'",
                        "victim/statistics.json record 2: consistent a NOT_REPORTED figure has no value, "
                                + "and a reported one needs a value",
                        "victim/pathways.json record 1: country ATL is not in country/countries.json"));
        assertThat(count(Statistic.class)).isEqualTo(before);
    }

    @Test
    void aDateWithoutItsPrecisionOrACitationWithoutItsQuoteRejectsTheDataset() throws IOException {
        Path folder = copyOfDataset();
        Path pathways = folder.resolve("victim/pathways.json");
        // Pathway 3 (cub-ven-medical-missions) loses its start's precision, pathway 15
        // (prk-ukr-occupied-construction) gets a MONTH date that is not the 1st, statistic 1 a blank quote.
        String json = Files.readString(pathways)
                .replaceFirst("\"periodStartPrecision\": \"YEAR\",", "")
                .replaceFirst("\"periodStart\": \"2024-01-01\",\\s*\"periodStartPrecision\": \"MONTH\"",
                        "\"periodStart\": \"2024-01-15\", \"periodStartPrecision\": \"MONTH\"");
        Files.writeString(pathways, json);
        Path statistics = folder.resolve("victim/statistics.json");
        Files.writeString(statistics, Files.readString(statistics).replaceFirst("\"quote\": \"[^\"]*\"", "\"quote\": \" \""));

        assertThatThrownBy(() -> dataset.load(Optional.of(folder)))
                .isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).problems()).anySatisfy(p -> assertThat(p)
                                .startsWith("victim/pathways.json record 3: periodStartPrecise"))
                        .anySatisfy(p -> assertThat(p).startsWith("victim/pathways.json record 15: periodStartPrecise"))
                        .anySatisfy(p -> assertThat(p).startsWith("victim/statistics.json record 1: sources[0].quote")));
    }

    @Transactional
    long count(Class<?> entity) {
        return entity == Statistic.class ? Statistic.count() : Pathway.count();
    }

    private static Path copyOfDataset() throws IOException {
        Path folder = Files.createTempDirectory("victim-dataset");
        for (String file : new String[] {"sources.json", "country/countries.json", "victim/statistics.json",
                "victim/pathways.json"}) {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("dataset/" + file)) {
                Files.copy(in, target);
            }
        }
        return folder;
    }
}
