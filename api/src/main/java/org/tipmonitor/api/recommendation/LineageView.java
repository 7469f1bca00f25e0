package org.tipmonitor.api.recommendation;

import java.util.List;

/**
 * Every form of a recommendation, newest report first, each with its years outstanding and its
 * wording change against the form after it in the list; {@code droppedIn} is the year of the report
 * that no longer made it (null while the newest form is in the issuer's latest report, and for an
 * undated recommendation, which has no lineage).
 */
public record LineageView(String id, Integer droppedIn, List<RecommendationView> forms) {
}
