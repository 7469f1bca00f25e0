package org.tipmonitor.gateway.client;

import java.util.List;
import org.tipmonitor.api.vocabulary.EffortTrend;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.gateway.model.Assessment;
import org.tipmonitor.gateway.model.LawEnforcementRecord;
import org.tipmonitor.gateway.model.Source;

/** country-service's assessment JSON, where each law-enforcement figure carries its own reporting. */
public record AssessmentView(String countryCode, int reportYear, Tier tier, boolean policyOrPattern, String summary,
        EffortTrend prosecutionTrend, String prosecutionFinding, EffortTrend protectionTrend,
        String protectionFinding, EffortTrend preventionTrend, String preventionFinding,
        List<LawEnforcementView> lawEnforcement, List<Source> sources) {

    public record Figure(Integer value, Reporting reporting, boolean lowerBound) {
    }

    public record LawEnforcementView(int dataYear, Figure investigations, Figure prosecutions, Figure convictions,
            Figure victimsIdentified, Reporting reporting, String note, Source source) {

        LawEnforcementRecord toRecord() {
            return new LawEnforcementRecord(dataYear, value(investigations), value(prosecutions), value(convictions),
                    value(victimsIdentified), reporting, note, source);
        }

        private static Integer value(Figure figure) {
            return figure == null ? null : figure.value();
        }
    }

    public Assessment toAssessment() {
        return new Assessment(reportYear, tier, policyOrPattern, prosecutionTrend, protectionTrend, preventionTrend,
                lawEnforcement.stream().map(LawEnforcementView::toRecord).toList(), sources, summary,
                prosecutionFinding, protectionFinding, preventionFinding);
    }
}
