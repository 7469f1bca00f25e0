package org.tipmonitor.country.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.tipmonitor.api.country.AssessmentInput;
import org.tipmonitor.api.country.CountryInput;
import org.tipmonitor.api.country.FigureInput;
import org.tipmonitor.api.country.LawEnforcementInput;
import org.tipmonitor.api.source.CitationInput;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.Figure;
import org.tipmonitor.country.model.LawEnforcementYear;

/**
 * What an api input says, written onto an entity: the one place for admin writes (CountryService) and
 * dataset loads (CountryDataset), which take the same inputs. It sits in the service layer, not in
 * mapping, because the dataset may not use mapping (only rest may: ServiceArchitecture.layers). Pure
 * functions: no I/O.
 */
public final class CountryInputs {

    private CountryInputs() {
    }

    public static Country applyTo(CountryInput input, Country country) {
        country.code = input.code();
        country.name = input.name();
        country.region = input.region();
        return country;
    }

    /** Copies the input; collections are replaced only when they differ, so an unchanged load writes nothing. */
    public static void applyTo(AssessmentInput input, Assessment a) {
        a.reportYear = input.reportYear();
        a.tier = input.tier();
        a.policyOrPattern = input.policyOrPattern();
        a.summary = input.summary();
        a.prosecutionTrend = input.prosecutionTrend();
        a.prosecutionFinding = input.prosecutionFinding();
        a.protectionTrend = input.protectionTrend();
        a.protectionFinding = input.protectionFinding();
        a.preventionTrend = input.preventionTrend();
        a.preventionFinding = input.preventionFinding();
        replaceIfChanged(a.sources, input.sources().stream().map(CountryInputs::citation).toList());
        replaceIfChanged(a.lawEnforcement, input.lawEnforcement().stream().map(CountryInputs::lawEnforcement).toList());
    }

    /** Every citation of an assessment input (its sources and each law-enforcement year's), to check against the catalog. */
    public static List<Citation> citations(AssessmentInput input) {
        Stream<CitationInput> ofYears = input.lawEnforcement().stream().filter(Objects::nonNull)
                .map(LawEnforcementInput::citation);
        return Stream.concat(input.sources().stream(), ofYears).filter(Objects::nonNull).map(CountryInputs::citation)
                .toList();
    }

    private static LawEnforcementYear lawEnforcement(LawEnforcementInput r) {
        return new LawEnforcementYear(r.dataYear(), figure(r.investigations()), figure(r.prosecutions()),
                figure(r.convictions()), figure(r.victimsIdentified()), r.note(), citation(r.citation()));
    }

    private static Figure figure(FigureInput f) {
        return f == null ? null : new Figure(f.value(), f.reporting(), f.lowerBound());
    }

    private static Citation citation(CitationInput c) {
        return c == null ? null : new Citation(c.source(), c.section());
    }

    private static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
        if (!new ArrayList<>(current).equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
