package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tipmonitor.victim.cases.ctdc.CaseFileGenerator;
import org.tipmonitor.victim.cases.repository.CaseCube;
import org.tipmonitor.victim.cases.service.CaseImporter;
import org.tipmonitor.victim.disclosure.service.DisclosureConfig;
import org.tipmonitor.victim.disclosure.service.PerturbationTable;

/**
 * The case cubes against the records they count: every roll-up holds, per combination of its columns,
 * exactly the count and record key sum of those records (so a cell's cell key does not depend on which
 * cube serves it), and a partner gets the same number for the same set of records from the citizenship
 * roll-up and from the full cube.
 */
@QuarkusTest
@TestSecurity(user = "carol-rollup", roles = "partner")
class CaseCubeTest {

    @Inject
    CaseData data;
    @Inject
    CaseImporter importer;
    @Inject
    DisclosureConfig config;
    @Inject
    AgroalDataSource dataSource;

    private void importFile(String csv) {
        importer.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static String generated(long seed, int rows) throws IOException {
        StringWriter csv = new StringWriter();
        new CaseFileGenerator(seed).write(csv, rows);
        return csv.toString();
    }

    @Test
    void everyCubeHoldsTheExactCountAndKeySumOfItsRecordsAfterSeveralImports() throws IOException {
        data.clear();
        // Two files: the second adds to rows the first created (the importer's upsert), and creates others.
        importFile(generated(7, 3000));
        importFile(generated(8, 3000));
        for (CaseCube cube : CaseCube.values()) {
            String keys = String.join(", ", cube.columns) + ", exploitation";
            String exact = "select " + keys + ", count(*), sum(record_key) from case_record group by " + keys;
            String stored = "select " + keys + ", cases, key_sum from " + cube.table;
            assertThat(count("select count(*) from (" + exact + ") e")).as(cube.table).isGreaterThan(100);
            assertThat(count("select count(*) from " + cube.table)).as(cube.table)
                    .isEqualTo(count("select count(*) from (" + exact + ") e"));
            assertThat(count("select count(*) from ((" + exact + ") except (" + stored + ")) d"))
                    .as("cells of " + cube.table + " whose count or key sum differs from its records'").isZero();
        }
    }

    @Test
    void aggregatesReadTheSmallestCubeThatHasEveryColumnTheyNeed() {
        assertThat(CaseCube.covering(Set.of("citizenship", "gender"))).isEqualTo(CaseCube.ORIGIN);
        assertThat(CaseCube.covering(Set.of("citizenship", "age_broad"))).isEqualTo(CaseCube.ORIGIN);
        assertThat(CaseCube.covering(Set.of("citizenship"))).isEqualTo(CaseCube.ORIGIN);
        assertThat(CaseCube.covering(Set.of("year", "gender"))).isEqualTo(CaseCube.PERSON);
        assertThat(CaseCube.covering(Set.of("year", "citizenship"))).isEqualTo(CaseCube.PLACE);
        assertThat(CaseCube.covering(Set.of("year", "citizenship", "gender"))).isEqualTo(CaseCube.FULL);
        assertThat(CaseCube.covering(Set.of("citizenship", "country_of_exploitation", "gender")))
                .isEqualTo(CaseCube.FULL);
    }

    @Test
    void theSameCellGetsTheSamePartnerNumberFromTheCitizenshipRollUpAndFromTheFullCube() {
        data.clear();
        // Every record in 2020: citizenship × gender (read from case_cube_origin) and the same grouping
        // filtered to 2020 (year is not in that roll-up, so the full cube serves it) count the same records.
        StringBuilder csv = new StringBuilder();
        String[] citizenships = {"UA", "PH", "MD", "ID"};
        String[] genders = {"Female", "Male", "-99"};
        int n = 11;
        for (String citizenship : citizenships) {
            for (String gender : genders) {
                CaseData.rows(csv, n, "2020," + gender + ",18--20," + citizenship + ",RU,0,1");
                CaseData.rows(csv, n % 7 + 1, "2020," + gender + ",30--38," + citizenship + ",AE,1,0");
                n += 3;
            }
        }
        importFile(csv.toString());
        assertThat(CaseCube.covering(Set.of("citizenship", "gender"))).isEqualTo(CaseCube.ORIGIN);
        assertThat(CaseCube.covering(Set.of("year", "citizenship", "gender"))).isEqualTo(CaseCube.FULL);

        JsonPath fromOrigin = CaseData.ask(Map.of(), "CITIZENSHIP", "GENDER");
        JsonPath fromFull = CaseData.ask(Map.of("yearFrom", 2020, "yearTo", 2020), "CITIZENSHIP", "GENDER");
        assertThat(fromFull.<Object>getList("cells")).isEqualTo(fromOrigin.getList("cells"));
        assertThat(fromFull.getLong("total")).isEqualTo(fromOrigin.getLong("total"));

        // And both are the exact count perturbed by the cell key of the records themselves.
        PerturbationTable table = new PerturbationTable(config.threshold(), config.cellKey().maxNoise(),
                config.cellKey().variance());
        Map<String, long[]> records = records();
        List<Map<String, Object>> cells = fromOrigin.getList("cells");
        assertThat(cells).hasSize(citizenships.length * genders.length);
        int perturbed = 0;
        for (Map<String, Object> cell : cells) {
            long[] exact = records.get(cell.get("citizenship") + "|" + cell.get("gender"));
            long published = ((Number) cell.get("count")).longValue();
            assertThat(cell.get("suppressed")).isEqualTo(false);
            assertThat(published).as(cell.toString()).isEqualTo(table.perturb(exact[0], exact[1]));
            perturbed += published != exact[0] ? 1 : 0;
        }
        assertThat(perturbed).as("shown cells that got noise").isGreaterThan(0);
    }


    /** Count and record key sum per citizenship and gender, straight from the records. */
    private Map<String, long[]> records() {
        Map<String, long[]> cells = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select citizenship, gender, count(*), sum(record_key) from case_record "
                        + "group by 1, 2")) {
            while (rs.next()) {
                cells.put(rs.getString(1) + "|" + rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
