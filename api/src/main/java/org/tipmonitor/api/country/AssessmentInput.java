package org.tipmonitor.api.country;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tipmonitor.api.source.CitationInput;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.api.vocabulary.EffortTrend;
import org.tipmonitor.api.vocabulary.Tier;

/**
 * An assessment as admins write it and as dataset/country/assessments.json holds it. {@code country}
 * is required in the dataset and optional in the API (the path names it); {@code version} is the
 * version an update expects.
 */
public record AssessmentInput(
        @CountryCode String country,
        @NotNull @ReportYear Integer reportYear,
        @NotNull Tier tier,
        Boolean policyOrPattern,
        @Size(max = 4000) String summary,
        EffortTrend prosecutionTrend,
        @Size(max = 4000) String prosecutionFinding,
        EffortTrend protectionTrend,
        @Size(max = 4000) String protectionFinding,
        EffortTrend preventionTrend,
        @Size(max = 4000) String preventionFinding,
        List<@NotNull @Valid LawEnforcementInput> lawEnforcement,
        @NotEmpty List<@NotNull @Valid CitationInput> sources,
        Integer version) {

    /** No law-enforcement records given means none: an empty list, never null. */
    @Override
    public List<LawEnforcementInput> lawEnforcement() {
        return lawEnforcement == null ? List.of() : lawEnforcement;
    }
}
