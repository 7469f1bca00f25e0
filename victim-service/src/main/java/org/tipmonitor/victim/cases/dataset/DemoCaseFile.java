package org.tipmonitor.victim.cases.dataset;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.logging.Logger;
import org.tipmonitor.commons.cluster.OncePerDatabase;
import org.tipmonitor.victim.cases.ctdc.CaseFileGenerator;
import org.tipmonitor.victim.cases.model.ImportReport;
import org.tipmonitor.victim.cases.service.CaseImporter;

/**
 * Generates the seeded synthetic case file at start and imports it, so that a fresh service has case
 * data to aggregate. The same seed gives the same file, so a restart imports nothing new; and since the
 * file is generated in a few milliseconds while importing it (to find it a duplicate at the end) takes
 * seconds, its SHA-256 is computed first and a file imported before is not imported again. Of several
 * replicas starting at once only one generates and imports it.
 */
@ApplicationScoped
public class DemoCaseFile {

    private static final Logger LOG = Logger.getLogger(DemoCaseFile.class);

    @Inject
    CaseImporter importer;
    @Inject
    DemoCasesConfig config;
    @Inject
    OncePerDatabase once;

    void onStart(@Observes StartupEvent event) {
        long rows = config.rows();
        long seed = config.seed();
        if (rows <= 0) {
            return;
        }
        // Of several replicas starting at once one imports; the others find the row it wrote.
        once.run("demo cases", "rows " + rows + ", seed " + seed, () -> importDemo(rows, seed)).ifPresent(done ->
                LOG.infof("Demo case file of %d rows (seed %d): imported already (by %s at %s)", rows, seed,
                        done.by(), done.at()));
    }

    private Object importDemo(long rows, long seed) {
        try {
            String sha256 = sha256(rows, seed);
            if (importer.imported(sha256)) {
                LOG.infof("Demo case file of %d rows (seed %d): imported before (SHA-256 %s), nothing to do", rows, seed,
                        sha256);
                return "imported before (SHA-256 " + sha256 + ")";
            }
            Path file = Files.createTempFile("ctdc-demo-", ".csv");
            try {
                try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    new CaseFileGenerator(seed).write(out, rows);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    ImportReport report = importer.importFile(in, "demo (seed " + seed + ")");
                    LOG.infof("Demo case file of %d rows (seed %d): %s", rows, seed,
                            report.duplicateFile() ? "imported before, nothing added" : report.inserted() + " rows imported");
                    return report;
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the file as it would be written (UTF-8), the same the importer computes. */
    static String sha256(long rows, long seed) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8))) {
            new CaseFileGenerator(seed).write(out, rows);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
