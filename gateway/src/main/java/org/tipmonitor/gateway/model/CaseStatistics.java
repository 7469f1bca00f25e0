package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record CaseStatistics(int threshold, @NonNull List<@NonNull CaseCell> cells, Integer total) {
}
