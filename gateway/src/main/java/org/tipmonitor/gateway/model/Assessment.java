package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.EffortTrend;
import org.tipmonitor.api.vocabulary.Tier;

public record Assessment(int reportYear, @NonNull Tier tier, Boolean policyOrPattern,
        EffortTrend prosecutionTrend, EffortTrend protectionTrend, EffortTrend preventionTrend,
        @NonNull List<@NonNull LawEnforcementRecord> lawEnforcement, @NonNull List<@NonNull Source> sources,
        @NonNull List<@NonNull Citation> citations,
        String summary, String prosecutionFinding, String protectionFinding, String preventionFinding) {
}
