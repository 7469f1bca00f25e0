package org.tipmonitor.victim.cases.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.tipmonitor.victim.cases.ctdc.CaseRow;

/**
 * The case tables an import writes: case_record through PostgreSQL's COPY (rows go to the database in
 * chunks, so memory does not grow with the file), case_file (one row per imported file, with its
 * SHA-256) and the case cubes. One import writes through one {@link CaseFileWrite}, in the caller's
 * transaction.
 */
@ApplicationScoped
public class CaseFileRepository {

    private static final int COPY_CHUNK = 1 << 16;
    private static final String COPY = "copy case_record (file_id, line, year, gender, age_broad, citizenship, "
            + "country_of_exploitation, exploitation) from stdin";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Starts the writes of one file: waits for the import lock (held until the transaction ends),
     * reserves the file's id and opens the COPY into case_record. Close what it returns in every case.
     */
    public CaseFileWrite begin() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            // One import at a time: the duplicate check and the cube update must not interleave.
            execute(connection, "select pg_advisory_xact_lock(hashtext('victim-service case import'))");
            long fileId = nextFileId(connection);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            return new CaseFileWrite(connection, fileId, copy);
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw failed(e);
        }
    }

    /** True when a file with this SHA-256 was imported before (outside an import: a plain read). */
    public boolean imported(String sha256) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select 1 from case_file where sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The writes of one file, on one connection. */
    public static final class CaseFileWrite implements AutoCloseable {

        private final Connection connection;
        private final long fileId;
        private final CopyIn copy;
        private final StringBuilder chunk = new StringBuilder(COPY_CHUNK + 512);

        private CaseFileWrite(Connection connection, long fileId, CopyIn copy) {
            this.connection = connection;
            this.fileId = fileId;
            this.copy = copy;
        }

        public long fileId() {
            return fileId;
        }

        /** Adds one row to the COPY. */
        public void add(long line, CaseRow row) {
            chunk.append(fileId).append('\t').append(line)
                    .append('\t').append(copyText(row.year()))
                    .append('\t').append(copyText(row.gender()))
                    .append('\t').append(copyText(row.ageBroad()))
                    .append('\t').append(copyText(row.citizenship()))
                    .append('\t').append(copyText(row.countryOfExploitation()))
                    .append('\t').append(row.exploitation())
                    .append('\n');
            if (chunk.length() >= COPY_CHUNK) {
                flush();
            }
        }

        /** Ends the COPY; returns the number of rows written. */
        public long endRows() {
            flush();
            try {
                return copy.endCopy();
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        /** True when a file with this SHA-256 was imported before. */
        public boolean imported(String sha256) {
            try (PreparedStatement query = connection.prepareStatement("select 1 from case_file where sha256 = ?")) {
                query.setString(1, sha256);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        /** Records the file, then adds its rows' counts to every case cube. */
        public void recordFile(String sha256, long rows, String importedBy) {
            try {
                try (PreparedStatement file = connection.prepareStatement(
                        "insert into case_file (id, sha256, rows, imported_by) values (?, ?, ?, ?)")) {
                    file.setLong(1, fileId);
                    file.setString(2, sha256);
                    file.setLong(3, rows);
                    file.setString(4, importedBy);
                    file.executeUpdate();
                }
                for (CaseCube cube : CaseCube.values()) {
                    try (PreparedStatement add = connection.prepareStatement(cube.addFileSql())) {
                        add.setLong(1, fileId);
                        add.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() {
            try (connection) {
                // A COPY left open (bad file, unreadable input) would keep the connection from rolling back.
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        private void flush() {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            chunk.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        /** A field in PostgreSQL's COPY text format: \N for null. */
        private static String copyText(Object value) {
            return value == null ? "\\N" : value.toString();
        }
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("The case import failed in the database: " + e.getMessage(), e);
    }

    private static long nextFileId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select nextval('case_file_id_seq')");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
