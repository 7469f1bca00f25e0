package org.tipmonitor.recommendation.model;

import java.util.List;
import org.tipmonitor.api.source.SourceView;

/**
 * A recommendation with all its view shows beyond its own row, read before mapping: its implementation
 * updates, newest first, and its citations resolved to their source documents. The mapper does no I/O,
 * so whoever reads a recommendation for a view reads these with it.
 */
public record RecommendationDetails(Recommendation recommendation, List<ImplementationUpdate> history,
        List<SourceView> sources) {
}
