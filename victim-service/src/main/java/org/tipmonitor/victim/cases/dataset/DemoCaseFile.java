package org.tipmonitor.victim.cases.dataset;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.tipmonitor.commons.cluster.OncePerDatabase;
import org.tipmonitor.victim.cases.ctdc.CaseFileGenerator;
import org.tipmonitor.victim.cases.model.ImportReport;
import org.tipmonitor.victim.cases.service.CaseImporter;

/**
 * Generates the seeded synthetic case file at start and imports it, so that a fresh service has case
 * data to aggregate. The same seed gives the same file, so a restart imports nothing new; of several
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

    private ImportReport importDemo(long rows, long seed) {
        try {
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
}
