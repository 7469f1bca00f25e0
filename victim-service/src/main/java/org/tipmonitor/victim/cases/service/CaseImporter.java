package org.tipmonitor.victim.cases.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.tipmonitor.commons.problem.Problem;
import org.tipmonitor.victim.cases.ctdc.CaseFileReader;
import org.tipmonitor.victim.cases.ctdc.CaseRow;
import org.tipmonitor.victim.cases.repository.CaseCube;

/**
 * Imports a CTDC case file in one transaction: rows stream through PostgreSQL's COPY into case_record
 * (memory stays bounded whatever the file's size), the file's SHA-256 is computed on the way, and the
 * case cubes are updated at the end. A file with any bad row, or one imported before, writes nothing.
 */
@ApplicationScoped
public class CaseImporter {

    /** Problems listed per rejected file; the rest are only counted, so that the answer stays bounded. */
    static final int MAX_LISTED_PROBLEMS = 1000;
    private static final int COPY_CHUNK = 1 << 16;
    private static final String COPY = "copy case_record (file_id, line, year, gender, age_broad, citizenship, "
            + "country_of_exploitation, exploitation) from stdin";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TransactionManager transactions;

    public record ImportReport(long fileId, String sha256, long rows, long inserted, boolean duplicateFile) {
    }

    /** Thrown when the file has bad rows; nothing was written. */
    public static class RejectedFile extends RuntimeException {

        public final List<Problem.Violation> violations;

        RejectedFile(List<Problem.Violation> violations) {
            super("The case file was rejected, nothing was written");
            this.violations = violations;
        }
    }

    @Transactional
    public ImportReport importFile(InputStream body, String importedBy) {
        MessageDigest sha256 = sha256();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Connection connection = dataSource.getConnection();
                InputStreamReader text = new InputStreamReader(new DigestInputStream(body, sha256), decoder)) {
            // One import at a time: the duplicate check and the cube update must not interleave.
            execute(connection, "select pg_advisory_xact_lock(hashtext('victim-service case import'))");
            long fileId = nextFileId(connection);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                List<Problem.Violation> problems = new ArrayList<>();
                long[] rows = {0};
                long[] unlisted = {0};
                StringBuilder chunk = new StringBuilder(COPY_CHUNK + 512);
                CaseFileReader.read(text, new CaseFileReader.Sink() {
                    @Override
                    public void row(long line, CaseRow row) {
                        rows[0]++;
                        if (problems.isEmpty()) {
                            chunk.append(fileId).append('\t').append(line);
                            row.appendCopyText(chunk);
                            if (chunk.length() >= COPY_CHUNK) {
                                write(copy, chunk);
                            }
                        }
                    }

                    @Override
                    public void problem(String where, String reason) {
                        if (problems.size() < MAX_LISTED_PROBLEMS) {
                            problems.add(new Problem.Violation(where, reason));
                        } else {
                            unlisted[0]++;
                        }
                    }
                });
                if (!problems.isEmpty()) {
                    if (unlisted[0] > 0) {
                        problems.add(new Problem.Violation("file", unlisted[0] + " more bad lines are not listed"));
                    }
                    throw new RejectedFile(problems);
                }
                write(copy, chunk);
                long inserted = copy.endCopy();
                String hash = HexFormat.of().formatHex(sha256.digest());
                if (imported(connection, hash)) {
                    transactions.setRollbackOnly();
                    return new ImportReport(0, hash, rows[0], 0, true);
                }
                try (PreparedStatement file = connection.prepareStatement(
                        "insert into case_file (id, sha256, rows, imported_by) values (?, ?, ?, ?)")) {
                    file.setLong(1, fileId);
                    file.setString(2, hash);
                    file.setLong(3, inserted);
                    file.setString(4, importedBy);
                    file.executeUpdate();
                }
                for (CaseCube cube : CaseCube.values()) {
                    try (PreparedStatement add = connection.prepareStatement(cube.addFileSql())) {
                        add.setLong(1, fileId);
                        add.executeUpdate();
                    }
                }
                return new ImportReport(fileId, hash, rows[0], inserted, false);
            } finally {
                // A COPY left open (bad file, unreadable input) would keep the connection from rolling back.
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (CharacterCodingException e) {
            throw new RejectedFile(List.of(new Problem.Violation("file", "is not UTF-8 text")));
        } catch (CaseFileReader.MalformedFile e) {
            throw new RejectedFile(List.of(new Problem.Violation("line " + e.line, e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The case import failed in the database: " + e.getMessage(), e);
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(CopyIn copy, StringBuilder chunk) {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        chunk.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("The case import failed in the database: " + e.getMessage(), e);
        }
    }

    private static boolean imported(Connection connection, String hash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from case_file where sha256 = ?")) {
            query.setString(1, hash);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
