package org.tipmonitor.country.mapping;

import java.util.List;
import org.tipmonitor.commons.source.SourceView;
import org.tipmonitor.country.model.EffortTrend;
import org.tipmonitor.country.model.Tier;

public record AssessmentView(String countryCode, int reportYear, Tier tier, boolean policyOrPattern,
        String summary,
        EffortTrend prosecutionTrend, String prosecutionFinding,
        EffortTrend protectionTrend, String protectionFinding,
        EffortTrend preventionTrend, String preventionFinding,
        int version,
        List<LawEnforcementView> lawEnforcement,
        List<SourceView> sources) {
}
