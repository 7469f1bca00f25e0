package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Counts of anonymized case records grouped by the dimensions asked for, under disclosure control.")
public record CaseStatistics(
        @Description("Cells smaller than this are suppressed for callers without the analyst or admin role.") int threshold,
        @Description("One cell per combination of the grouped dimensions that has records.") @NonNull List<@NonNull CaseCell> cells,
        @Description("Total over all cells. For partners suppression is complementary: no hidden cell can be "
                + "derived from the total and the cells shown.") Integer total) {
}
