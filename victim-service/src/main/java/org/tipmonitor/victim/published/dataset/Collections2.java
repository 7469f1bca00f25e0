package org.tipmonitor.victim.published.dataset;

import java.util.ArrayList;
import java.util.List;

final class Collections2 {

    private Collections2() {
    }

    /** Replaces only when the content differs, so that loading an unchanged dataset writes nothing. */
    static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
        List<T> target = wanted == null ? List.of() : wanted;
        if (!new ArrayList<>(current).equals(target)) {
            current.clear();
            current.addAll(target);
        }
    }
}
