package org.tipmonitor.commons.dataset;

import java.util.List;

/** A dataset that cannot be loaded; every problem names its file and record. Nothing was written. */
public class DatasetException extends RuntimeException {

    private final List<String> problems;

    public DatasetException(List<String> problems) {
        super("The dataset was rejected, nothing was written:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
