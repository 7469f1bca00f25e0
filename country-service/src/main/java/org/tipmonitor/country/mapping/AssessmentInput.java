package org.tipmonitor.country.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.tipmonitor.api.vocabulary.EffortTrend;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.LawEnforcementRecord;

/**
 * An assessment as admins write it and as dataset/country/assessments.json holds it. {@code country}
 * is required in the dataset and optional in the API (the path names it); {@code version} is the
 * version an update expects.
 */
public record AssessmentInput(
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code, e.g. RUS") String country,
        @NotNull @Min(2001) @Max(2100) Integer reportYear,
        @NotNull Tier tier,
        @NotNull Boolean policyOrPattern,
        @Size(max = 4000) String summary,
        EffortTrend prosecutionTrend,
        @Size(max = 4000) String prosecutionFinding,
        EffortTrend protectionTrend,
        @Size(max = 4000) String protectionFinding,
        EffortTrend preventionTrend,
        @Size(max = 4000) String preventionFinding,
        List<@NotNull @Valid LawEnforcementRecord> lawEnforcement,
        @NotEmpty List<@NotNull @Valid Citation> sources,
        Integer version) {

    public Stream<Citation> allCitations() {
        return Stream.concat(sources.stream(), lawEnforcement().stream().map(LawEnforcementRecord::citation))
                .filter(Objects::nonNull);
    }

    @Override
    public List<LawEnforcementRecord> lawEnforcement() {
        return lawEnforcement == null ? List.of() : lawEnforcement;
    }

    /** Copies the input; collections are replaced only when they differ, so an unchanged load writes nothing. */
    public void applyTo(Assessment a) {
        a.reportYear = reportYear;
        a.tier = tier;
        a.policyOrPattern = policyOrPattern;
        a.summary = summary;
        a.prosecutionTrend = prosecutionTrend;
        a.prosecutionFinding = prosecutionFinding;
        a.protectionTrend = protectionTrend;
        a.protectionFinding = protectionFinding;
        a.preventionTrend = preventionTrend;
        a.preventionFinding = preventionFinding;
        replaceIfChanged(a.sources, sources);
        replaceIfChanged(a.lawEnforcement, lawEnforcement());
    }

    private static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
        if (!new ArrayList<>(current).equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
