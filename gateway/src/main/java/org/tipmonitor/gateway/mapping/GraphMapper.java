package org.tipmonitor.gateway.mapping;

import java.util.List;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.CountryView;
import org.tipmonitor.api.country.FigureView;
import org.tipmonitor.api.country.LawEnforcementView;
import org.tipmonitor.api.country.TierCountView;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.gateway.model.Assessment;
import org.tipmonitor.gateway.model.Country;
import org.tipmonitor.gateway.model.LawEnforcementRecord;
import org.tipmonitor.gateway.model.Source;
import org.tipmonitor.gateway.model.TierSummary;

/**
 * The services' API records (org.tipmonitor.api) to the graph's types, where the graph differs: a
 * law-enforcement figure is a plain number in the graph (its reporting is the record's), a tier count
 * is a summary of the year. Pure functions: no I/O, no state.
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
        return new Assessment(a.reportYear(), a.tier(), a.policyOrPattern(), a.prosecutionTrend(),
                a.protectionTrend(), a.preventionTrend(),
                a.lawEnforcement().stream().map(GraphMapper::toRecord).toList(), toSources(a.sources()),
                a.summary(), a.prosecutionFinding(), a.protectionFinding(), a.preventionFinding());
    }

    static LawEnforcementRecord toRecord(LawEnforcementView r) {
        return new LawEnforcementRecord(r.dataYear(), value(r.investigations()), value(r.prosecutions()),
                value(r.convictions()), value(r.victimsIdentified()), r.reporting(), r.note(), toSource(r.source()));
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

    /** A figure the source does not mention, or says was not reported, has no value in the graph. */
    private static Integer value(FigureView figure) {
        return figure == null ? null : figure.value();
    }
}
