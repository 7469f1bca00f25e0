package org.tipmonitor.victim.disclosure.model;

import java.util.List;
import org.tipmonitor.api.victim.CaseDimension;

/**
 * An aggregate of case counts as a caller may see it: exact, or after disclosure control.
 *
 * @param dimensions what the cells are grouped by, in the fixed order of {@link CaseDimension}
 * @param cells in key order; a suppressed cell has no count
 * @param total the cases matching the filter; null when hidden
 */
public record CaseAggregate(int threshold, boolean suppressionApplied, int suppressedCells,
        List<CaseDimension> dimensions, List<Cell> cells, Long total) {

    /** One cell: a value per dimension (in the order of {@code dimensions}), its count, and whether it is hidden. */
    public record Cell(List<Object> key, Long count, boolean suppressed) {
    }
}
