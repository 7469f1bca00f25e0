package org.tipmonitor.country.mapping;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.CountryView;
import org.tipmonitor.api.country.FigureView;
import org.tipmonitor.api.country.LawEnforcementView;
import org.tipmonitor.api.country.PenaltyView;
import org.tipmonitor.api.country.StatuteView;
import org.tipmonitor.api.country.TierCountView;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.Figure;
import org.tipmonitor.country.model.LawEnforcementYear;
import org.tipmonitor.country.model.Penalty;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;

/**
 * Entities to the API's views (org.tipmonitor.api.country). No I/O: every citation arrives already
 * resolved to its source document, in {@code sources}, which the caller fills first ({@link #citations}
 * says what an assessment cites); the entities' collections arrive loaded (CountryService).
 */
public final class CountryMapper {

    private CountryMapper() {
    }

    public static CountryView toView(Country c) {
        return new CountryView(c.code, c.name, c.region);
    }

    public static AssessmentView toView(Assessment a, Map<Citation, SourceView> sources) {
        return new AssessmentView(a.country.code, a.reportYear, a.tier, a.policyOrPattern, a.summary,
                a.prosecutionTrend, a.prosecutionFinding, a.protectionTrend, a.protectionFinding,
                a.preventionTrend, a.preventionFinding, a.version,
                a.lawEnforcement.stream()
                        .sorted(Comparator.comparing(LawEnforcementYear::dataYear).reversed())
                        .map(y -> lawEnforcement(y, sources)).toList(),
                a.sources.stream().map(c -> source(c, sources)).toList());
    }

    public static StatuteView toView(Statute s, Map<Citation, SourceView> sources) {
        return new StatuteView(s.country.code, s.article, s.title, s.criminalizes, penalty(s.adultPenalty),
                penalty(s.childPenalty), source(s.citation, sources));
    }

    public static TierCountView toView(TierCount t, Map<Citation, SourceView> sources) {
        return new TierCountView(t.reportYear, t.tier1, t.tier2, t.tier2WatchList, t.tier3, t.specialCase,
                source(t.citation, sources));
    }

    /** What {@link #toView(Assessment, Map)} looks up in its sources: the assessment's and each year's citations. */
    public static Stream<Citation> citations(Assessment a) {
        return Stream.concat(a.sources.stream(), a.lawEnforcement.stream().map(LawEnforcementYear::citation));
    }

    static LawEnforcementView lawEnforcement(LawEnforcementYear y, Map<Citation, SourceView> sources) {
        FigureView investigations = figure(y.investigations());
        FigureView prosecutions = figure(y.prosecutions());
        FigureView convictions = figure(y.convictions());
        FigureView victimsIdentified = figure(y.victimsIdentified());
        return new LawEnforcementView(y.dataYear(), investigations, prosecutions, convictions, victimsIdentified,
                overall(investigations, prosecutions, convictions, victimsIdentified), y.note(),
                source(y.citation(), sources));
    }

    /** The most authoritative reporting among the figures given (OFFICIAL before NGO before MEDIA). */
    static Reporting overall(FigureView... figures) {
        return Stream.of(figures).filter(Objects::nonNull).map(FigureView::reporting)
                .min(Comparator.naturalOrder()).orElse(Reporting.NOT_REPORTED);
    }

    static FigureView figure(Figure f) {
        return f == null ? null : new FigureView(f.value(), f.reporting(), f.lowerBound());
    }

    static PenaltyView penalty(Penalty p) {
        return p == null ? null : new PenaltyView(p.minYears(), p.maxYears(), p.upToLife(), p.description());
    }

    private static SourceView source(Citation citation, Map<Citation, SourceView> sources) {
        SourceView view = sources.get(citation);
        if (view == null) {
            throw new IllegalArgumentException("Citation " + citation + " was not resolved before mapping");
        }
        return view;
    }
}
