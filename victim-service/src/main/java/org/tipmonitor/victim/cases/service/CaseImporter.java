package org.tipmonitor.victim.cases.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.tipmonitor.commons.problem.Problem;
import org.tipmonitor.victim.cases.ctdc.CaseFileReader;
import org.tipmonitor.victim.cases.ctdc.CaseRow;
import org.tipmonitor.victim.cases.model.ImportReport;
import org.tipmonitor.victim.cases.repository.CaseFileRepository;
import org.tipmonitor.victim.cases.repository.CaseFileRepository.CaseFileWrite;

/**
 * Imports a CTDC case file in one transaction: rows stream through PostgreSQL's COPY into case_record
 * (memory stays bounded whatever the file's size), the file's SHA-256 is computed on the way, and the
 * case cubes are updated at the end. A file with any bad row, or one imported before, writes nothing.
 */
@ApplicationScoped
public class CaseImporter {

    /** Problems listed per rejected file; the rest are only counted, so that the answer stays bounded. */
    static final int MAX_LISTED_PROBLEMS = 1000;

    @Inject
    CaseFileRepository files;
    @Inject
    TransactionManager transactions;
    /** tip.case.imports by outcome (imported, duplicate, rejected) and tip.case.rows imported. */
    @Inject
    MeterRegistry metrics;

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
        try (CaseFileWrite write = files.begin();
                InputStreamReader text = new InputStreamReader(new DigestInputStream(body, sha256), decoder)) {
            List<Problem.Violation> problems = new ArrayList<>();
            long[] rows = {0};
            long[] unlisted = {0};
            CaseFileReader.read(text, new CaseFileReader.Sink() {
                @Override
                public void row(long line, CaseRow row) {
                    rows[0]++;
                    if (problems.isEmpty()) {
                        write.add(line, row);
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
                throw rejected(problems);
            }
            long inserted = write.endRows();
            String hash = HexFormat.of().formatHex(sha256.digest());
            if (write.imported(hash)) {
                transactions.setRollbackOnly();
                metrics.counter("tip.case.imports", "outcome", "duplicate").increment();
                return new ImportReport(0, hash, rows[0], 0, true);
            }
            write.recordFile(hash, inserted, importedBy);
            metrics.counter("tip.case.imports", "outcome", "imported").increment();
            metrics.counter("tip.case.rows").increment(inserted);
            return new ImportReport(write.fileId(), hash, rows[0], inserted, false);
        } catch (CharacterCodingException e) {
            throw rejected(List.of(new Problem.Violation("file", "is not UTF-8 text")));
        } catch (CaseFileReader.MalformedFile e) {
            throw rejected(List.of(new Problem.Violation("line " + e.line, e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True when a file with this SHA-256 was imported before; a caller that can hash a file cheaply asks
     * this first rather than import it only to find it a duplicate at the end.
     */
    public boolean imported(String sha256) {
        return files.imported(sha256);
    }

    private RejectedFile rejected(List<Problem.Violation> problems) {
        metrics.counter("tip.case.imports", "outcome", "rejected").increment();
        return new RejectedFile(problems);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
