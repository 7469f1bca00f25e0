package org.tipmonitor.api.victim;

import java.util.List;

/**
 * An aggregate answer. {@code suppressionApplied} says disclosure control was applied (the caller has
 * neither the analyst nor the admin role); {@code suppressedCells} counts the hidden cells. {@code total}
 * is the number of cases (victims) matching the filter, null when below the threshold for such callers.
 * Grouped by exploitation type, cells count (case, type) pairs and may add up to more than the total.
 */
public record CaseStatisticsView(int threshold, boolean suppressionApplied, int suppressedCells,
        List<CaseCellView> cells, Long total) {
}
