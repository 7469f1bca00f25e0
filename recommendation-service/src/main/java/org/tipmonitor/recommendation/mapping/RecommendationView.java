package org.tipmonitor.recommendation.mapping;

import java.util.List;
import org.tipmonitor.commons.source.SourceView;
import org.tipmonitor.commons.vocabulary.Pillar;

/**
 * A recommendation as the API shows it. {@code previousId} is its form in the issuer's preceding
 * report, {@code wordingChange} what changed against that form (null when nothing did).
 */
public record RecommendationView(String id, String countryCode, int reportYear, Pillar pillar, int position,
        String text, String issuer, String addressee, List<String> addresseeCountries,
        int yearsOutstanding, String previousId, String wordingChange, List<SourceView> sources) {
}
