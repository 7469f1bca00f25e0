package org.tipmonitor.country.mapping;

import java.util.List;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.EffortTrend;
import org.tipmonitor.api.vocabulary.Tier;

public record AssessmentView(String countryCode, int reportYear, Tier tier, boolean policyOrPattern,
        String summary,
        EffortTrend prosecutionTrend, String prosecutionFinding,
        EffortTrend protectionTrend, String protectionFinding,
        EffortTrend preventionTrend, String preventionFinding,
        int version,
        List<LawEnforcementView> lawEnforcement,
        List<SourceView> sources) {
}
