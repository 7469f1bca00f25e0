package org.tipmonitor.gateway.mapping;

import java.util.List;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.CountryView;
import org.tipmonitor.api.country.FigureView;
import org.tipmonitor.api.country.LawEnforcementView;
import org.tipmonitor.api.country.RevisionView;
import org.tipmonitor.api.country.TierCountView;
import org.tipmonitor.api.recommendation.ImplementationUpdateView;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.victim.CaseCellView;
import org.tipmonitor.api.victim.CaseStatisticsView;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.gateway.model.Assessment;
import org.tipmonitor.gateway.model.AssessmentRevision;
import org.tipmonitor.gateway.model.CaseCell;
import org.tipmonitor.gateway.model.CaseStatistics;
import org.tipmonitor.gateway.model.Citation;
import org.tipmonitor.gateway.model.Country;
import org.tipmonitor.gateway.model.ImplementationUpdate;
import org.tipmonitor.gateway.model.LawEnforcementRecord;
import org.tipmonitor.gateway.model.Recommendation;
import org.tipmonitor.gateway.model.RecruitmentPathway;
import org.tipmonitor.gateway.model.Source;
import org.tipmonitor.gateway.model.Statistic;
import org.tipmonitor.gateway.model.TierSummary;

/**
 * The services' API records (org.tipmonitor.api) to the graph's types, where the graph differs: a
 * law-enforcement figure is a plain number in the graph (its reporting is the record's), a tier count
 * is a summary of the year, a pathway's countries are resolved by the graph from their codes. Pure
 * functions: no I/O, no state.
 */
public final class GraphMapper {

    private GraphMapper() {
    }

    public static Country toCountry(CountryView c) {
        return new Country(c.code(), c.name(), c.region());
    }

    public static List<Country> toCountries(List<CountryView> countries) {
        return countries.stream().map(GraphMapper::toCountry).toList();
    }

    public static Assessment toAssessment(AssessmentView a) {
        return new Assessment(a.countryCode(), a.reportYear(), a.tier(), a.policyOrPattern(), a.prosecutionTrend(),
                a.protectionTrend(), a.preventionTrend(),
                a.lawEnforcement().stream().map(GraphMapper::toRecord).toList(), toSources(a.sources()),
                toCitations(a.sources()),
                a.summary(), a.prosecutionFinding(), a.protectionFinding(), a.preventionFinding());
    }

    public static AssessmentRevision toRevision(RevisionView<AssessmentView> r) {
        return new AssessmentRevision(Math.toIntExact(r.revision()), r.changedAt(), r.changedBy(), r.change(), toAssessment(r.state()));
    }

    static LawEnforcementRecord toRecord(LawEnforcementView r) {
        return new LawEnforcementRecord(r.dataYear(), value(r.investigations()), value(r.prosecutions()),
                value(r.convictions()), value(r.victimsIdentified()), r.reporting(), r.note(), toSource(r.source()),
                r.source() == null ? List.of() : List.of(toCitation(r.source())));
    }

    public static TierSummary toSummary(TierCountView t) {
        return new TierSummary(t.reportYear(), t.tier1(), t.tier2(), t.tier2WatchList(), t.tier3(), t.specialCase());
    }

    public static Source toSource(SourceView s) {
        return s == null ? null : new Source(s.title(), s.publisher(), s.published(), s.url(), s.section(), s.file());
    }

    public static List<Source> toSources(List<SourceView> sources) {
        return sources == null ? List.of() : sources.stream().map(GraphMapper::toSource).toList();
    }

    public static Statistic toStatistic(StatisticView s) {
        return new Statistic(s.id(), s.countryCode(), s.metric(), s.year(), s.value(), s.lowerBound(), s.reporting(),
                toSources(s.sources()), toCitations(s.sources()), s.upperValue(), s.unit() == null ? null : s.unit().name(), s.description());
    }

    public static RecruitmentPathway toPathway(PathwayView p) {
        return new RecruitmentPathway(p.id(), p.origin(), p.destination(), p.exploitation(), p.recruiter(), p.means(),
                p.estimatedVictims(), p.lowerBound(), p.periodStart(), p.periodStartPrecision(), p.periodEnd(),
                p.periodEndPrecision(), p.officialComplicity(), toSources(p.sources()), toCitations(p.sources()), p.sector(),
                p.description());
    }

    public static List<RecruitmentPathway> toPathways(List<PathwayView> pathways) {
        return pathways.stream().map(GraphMapper::toPathway).toList();
    }

    public static CaseStatistics toCaseStatistics(CaseStatisticsView c) {
        return new CaseStatistics(c.threshold(), c.cells().stream().map(GraphMapper::toCell).toList(), count(c.total()));
    }

    static CaseCell toCell(CaseCellView c) {
        return new CaseCell(c.year(), c.citizenship(), c.countryOfExploitation(), c.gender(), c.ageBroad(),
                c.exploitationType(), count(c.count()), c.suppressed());
    }

    /**
     * A recommendation as the graph shows it; {@code showRecorders} false blanks who recorded each update
     * (the service blanks it for partners too; the graph does not rely on that alone).
     */
    public static Recommendation toRecommendation(RecommendationView r, boolean showRecorders) {
        return new Recommendation(r.id(), r.countryCode(), r.reportYear(), r.pillar(), r.text(), r.status(), r.version(),
                r.yearsOutstanding(), r.history().stream().map(u -> toUpdate(u, showRecorders)).toList(), r.position(),
                r.issuer(), r.addressee(), toSources(r.sources()), toCitations(r.sources()));
    }

    static ImplementationUpdate toUpdate(ImplementationUpdateView u, boolean showRecorder) {
        return new ImplementationUpdate(u.status(), u.note(), u.evidenceUrl(), u.recordedAt(),
                showRecorder ? u.recordedBy() : null);
    }

    /** A service's citation (the document as cited, with section and quote) as the graph's Citation. */
    public static Citation toCitation(SourceView s) {
        return new Citation(toSource(s), s.section(), s.quote());
    }

    public static List<Citation> toCitations(List<SourceView> sources) {
        return sources == null ? List.of() : sources.stream().map(GraphMapper::toCitation).toList();
    }

    /** Case counts are numbers of victims: far below 2^31 (a million-row file counts a million). */
    private static Integer count(Long count) {
        return count == null ? null : Math.toIntExact(count);
    }

    /** A figure the source does not mention, or says was not reported, has no value in the graph. */
    private static Integer value(FigureView figure) {
        return figure == null ? null : figure.value();
    }
}
