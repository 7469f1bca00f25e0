package org.tipmonitor.api.country;

import java.util.List;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.EffortTrend;
import org.tipmonitor.api.vocabulary.Tier;

/**
 * A country's placement in one report year with the report's finding per pillar; {@code version} is
 * what an update must name. Law-enforcement records are newest data year first.
 */
public record AssessmentView(String countryCode, int reportYear, Tier tier, Boolean policyOrPattern,
        String summary,
        EffortTrend prosecutionTrend, String prosecutionFinding,
        EffortTrend protectionTrend, String protectionFinding,
        EffortTrend preventionTrend, String preventionFinding,
        int version,
        List<LawEnforcementView> lawEnforcement,
        List<SourceView> sources) {
}
