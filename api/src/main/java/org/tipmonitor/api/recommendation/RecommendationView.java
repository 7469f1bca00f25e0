package org.tipmonitor.api.recommendation;

import java.util.List;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;

/**
 * A recommendation as the API shows it. {@code status} is the latest update's (NOT_STARTED when none),
 * {@code version} the number of updates, the one a writer must name; {@code history} is newest first.
 * {@code previousId} is its form in the issuer's preceding report, {@code wordingChange} what changed
 * against that form (null when nothing did).
 */
public record RecommendationView(String id, String countryCode, Integer reportYear, Pillar pillar, int position,
        String text, String issuer, String addressee, List<String> addresseeCountries,
        ImplementationStatus status, int version, int yearsOutstanding, String previousId, String wordingChange,
        List<ImplementationUpdateView> history, List<SourceView> sources) {
}
