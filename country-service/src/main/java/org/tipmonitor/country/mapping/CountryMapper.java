package org.tipmonitor.country.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.LawEnforcementRecord;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;

/** Entities to the API's views, with every citation resolved to its source document. */
@ApplicationScoped
public class CountryMapper {

    @Inject
    SourceCatalog sources;

    public AssessmentView toView(Assessment a) {
        return new AssessmentView(a.country.code, a.reportYear, a.tier, a.policyOrPattern, a.summary,
                a.prosecutionTrend, a.prosecutionFinding, a.protectionTrend, a.protectionFinding,
                a.preventionTrend, a.preventionFinding, a.version,
                a.lawEnforcement.stream()
                        .sorted(Comparator.comparing(LawEnforcementRecord::dataYear).reversed())
                        .map(this::toView).toList(),
                sources.resolve(a.sources));
    }

    LawEnforcementView toView(LawEnforcementRecord r) {
        return new LawEnforcementView(r.dataYear(), r.investigations(), r.prosecutions(), r.convictions(),
                r.victimsIdentified(),
                LawEnforcementView.overall(r.investigations(), r.prosecutions(), r.convictions(), r.victimsIdentified()),
                r.note(), sources.resolve(r.citation()));
    }

    public StatuteView toView(Statute s) {
        return new StatuteView(s.country.code, s.article, s.title, s.criminalizes, s.adultPenalty, s.childPenalty,
                sources.resolve(s.citation));
    }

    public TierCountView toView(TierCount t) {
        return new TierCountView(t.reportYear, t.tier1, t.tier2, t.tier2WatchList, t.tier3, t.specialCase,
                sources.resolve(t.citation));
    }
}
