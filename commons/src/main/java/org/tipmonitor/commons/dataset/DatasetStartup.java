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

/**
 * Loads each service's dataset at start when {@code tip.dataset.load-on-start} is true, from the
 * folder in {@code tip.dataset.dir} or else from {@code dataset/} on the classpath.
 */
@ApplicationScoped
public class DatasetStartup {

    private static final Logger LOG = Logger.getLogger(DatasetStartup.class);

    @Inject
    Instance<DatasetLoader> loaders;
    @ConfigProperty(name = "tip.dataset.load-on-start", defaultValue = "true")
    boolean loadOnStart;
    @ConfigProperty(name = "tip.dataset.dir")
    Optional<Path> folder;

    /** First among start-up observers: whatever else starts with data finds the dataset in. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!loadOnStart) {
            return;
        }
        for (DatasetLoader loader : loaders) {
            Object report = loader.load(folder);
            LOG.infof("Dataset loaded from %s: %s", folder.map(Path::toString).orElse("the classpath"), report);
        }
    }
}
