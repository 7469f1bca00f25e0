package org.tipmonitor.country;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The read cache with other replicas writing to the same database. "Another replica" is a connection
 * of the test's own that writes a country's name directly, as a replica's transaction would, with or
 * without the notice commons' SharedCaches sends in a write's transaction.
 */
@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class ReplicaCacheTest {

    /** Generous: PostgreSQL delivers a notice within milliseconds, reconnecting takes a second or so. */
    private static final long PATIENCE_MILLIS = 30_000;

    @Inject
    AgroalDataSource database;

    @Test
    void aWriteCommittedByAnotherReplicaEmptiesThisReplicasCache() throws Exception {
        AssessmentWriteTest.createCountry("TRA");
        assertThat(names()).contains("Testland TRA");

        // Written without the notice: this replica keeps answering from its cache, which is what the
        // notice is for.
        otherReplicaRenames("TRA", "Renamed quietly", false);
        assertThat(names()).contains("Testland TRA").doesNotContain("Renamed quietly");

        otherReplicaRenames("TRA", "Renamed with notice", true);
        assertThat(eventually(names -> names.contains("Renamed with notice"))).contains("Renamed with notice");
    }

    @Test
    void aNoticeOfATransactionThatRolledBackEmptiesNothing() throws Exception {
        AssessmentWriteTest.createCountry("TRB");
        assertThat(names()).contains("Testland TRB");
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            rename(c, "TRB", "Rolled back");
            notice(c);
            c.rollback();
            // The quiet write after it is not seen: nothing emptied the cache.
            rename(c, "TRB", "Renamed quietly");
            c.commit();
        }
        given().get("/api/v1/countries").then().statusCode(200).body("name", hasItem("Testland TRB"));
    }

    @Test
    void aLostListenerConnectionEmptiesTheCacheAndTheListenerComesBack() throws Exception {
        AssessmentWriteTest.createCountry("TRC");
        assertThat(names()).contains("Testland TRC");
        otherReplicaRenames("TRC", "Renamed while cut off", false);

        // The connection is cut (PostgreSQL restarted, a network failed): a notice sent now would be lost,
        // so on reconnecting the listener empties the cache.
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = 'tip-cache-listener' and datname = current_database()");
        }
        assertThat(eventually(names -> names.contains("Renamed while cut off"))).contains("Renamed while cut off");
        assertThat(eventuallyReady()).isTrue();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                var listeners = s.executeQuery("select count(*) from pg_stat_activity"
                        + " where application_name = 'tip-cache-listener' and datname = current_database()")) {
            listeners.next();
            assertThat(listeners.getInt(1)).isEqualTo(1);
        }
    }

    private List<String> names() {
        return given().get("/api/v1/countries").then().statusCode(200).extract().jsonPath().getList("name", String.class);
    }

    /** The country names, read until {@code until} holds or patience runs out (then the last read). */
    private List<String> eventually(Predicate<List<String>> until) throws InterruptedException {
        long end = System.currentTimeMillis() + PATIENCE_MILLIS;
        List<String> names = names();
        while (!until.test(names) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            names = names();
        }
        return names;
    }

    private boolean eventuallyReady() throws InterruptedException {
        long end = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (System.currentTimeMillis() < end) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private void otherReplicaRenames(String code, String name, boolean withNotice) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            rename(c, code, name);
            if (withNotice) {
                notice(c);
            }
            c.commit();
        }
    }

    private static void rename(Connection c, String code, String name) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update country set name = ? where code = ?")) {
            update.setString(1, name);
            update.setString(2, code);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The notice SharedCaches sends in a write's transaction. */
    private static void notice(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select pg_notify('tip_cache_invalidation', 'country-reads')");
        }
    }
}
