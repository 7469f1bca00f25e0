package org.tipmonitor.commons.dataset;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tipmonitor.commons.cluster.OncePerDatabase;

/**
 * Loads each service's dataset at start when {@code tip.dataset.load-on-start} is true, from the
 * folder in {@code tip.dataset.dir} or else from {@code dataset/} on the classpath. Of several replicas
 * starting at once only one loads a given dataset; the others find it loaded ({@link OncePerDatabase}).
 */
@ApplicationScoped
public class DatasetStartup {

    private static final Logger LOG = Logger.getLogger(DatasetStartup.class);

    @Inject
    Instance<DatasetLoader> loaders;
    @Inject
    DatasetReader reader;
    @Inject
    OncePerDatabase once;
    @ConfigProperty(name = "tip.dataset.load-on-start", defaultValue = "true")
    boolean loadOnStart;
    @ConfigProperty(name = "tip.dataset.dir")
    Optional<Path> folder;

    /** First among start-up observers: whatever else starts with data finds the dataset in. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!loadOnStart) {
            return;
        }
        String from = folder.map(Path::toString).orElse("the classpath");
        for (DatasetLoader loader : loaders) {
            String task = "dataset " + String.join(",", loader.files());
            String fingerprint = reader.fingerprint(folder, loader.files());
            Object[] report = new Object[1];
            once.run(task, fingerprint, () -> report[0] = loader.load(folder)).ifPresentOrElse(
                    done -> LOG.infof("Dataset from %s loaded already (by %s at %s), nothing to load", from,
                            done.by(), done.at()),
                    () -> LOG.infof("Dataset loaded from %s: %s", from, report[0]));
        }
    }
}
