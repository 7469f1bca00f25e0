package org.tipmonitor.commons.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A service's dataset, loaded at start by {@link DatasetStartup}. */
public interface DatasetLoader {

    /**
     * Validates every record of the dataset in {@code folder} (the classpath's when empty) and writes
     * it, all or nothing; loading the same files twice changes nothing. Returns a summary for the log.
     */
    Object load(Optional<Path> folder);

    /**
     * The files {@link #load} reads, relative to the dataset folder: their digest tells whether this
     * dataset is loaded already, so that of several replicas starting at once only one loads it.
     */
    List<String> files();
}
