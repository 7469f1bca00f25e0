package org.tipmonitor.recommendation.model;

import java.util.List;

/**
 * A recommendation's lineage: every form of it across the issuer's reports, newest first, and the year
 * of the report that no longer made it (null while the newest form is in the issuer's latest report).
 */
public record Lineage(String id, List<RecommendationDetails> forms, Integer droppedIn) {
}
