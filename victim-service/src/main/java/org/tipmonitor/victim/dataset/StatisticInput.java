package org.tipmonitor.victim.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.victim.model.Breakdown;
import org.tipmonitor.victim.model.Qualifier;
import org.tipmonitor.victim.model.Statistic;
import org.tipmonitor.victim.model.Unit;

/** One record of dataset/victim/statistics.json. A missing qualifier means the number is exact. */
public record StatisticInput(
        @NotNull @Pattern(regexp = "[a-z0-9-]{1,80}") String id,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String country,
        @NotBlank @Size(max = 200) String metric,
        @NotNull @Min(1990) @Max(2100) Integer year,
        @Min(1990) @Max(2100) Integer periodEnd,
        @PositiveOrZero Integer value,
        @PositiveOrZero Integer upperValue,
        @NotNull Unit unit,
        Qualifier qualifier,
        @Size(max = 200) String asWritten,
        @NotNull Reporting reporting,
        @Valid Breakdown breakdown,
        @NotBlank @Size(max = 2000) String description,
        @NotEmpty List<@NotNull @Valid Citation> sources) {

    @AssertTrue(message = "a NOT_REPORTED figure has no value, and a reported one needs a value")
    boolean isValueConsistent() {
        return reporting == null || (reporting == Reporting.NOT_REPORTED) == (value == null);
    }

    @AssertTrue(message = "upperValue must not be below value, and needs a value")
    boolean isRangeOrdered() {
        return upperValue == null || (value != null && upperValue >= value);
    }

    @AssertTrue(message = "periodEnd must not be before year")
    boolean isPeriodOrdered() {
        return periodEnd == null || year == null || periodEnd >= year;
    }

    @AssertTrue(message = "a percentage lies between 0 and 100")
    boolean isPercentInRange() {
        return unit != Unit.PERCENT || ((value == null || value <= 100) && (upperValue == null || upperValue <= 100));
    }

    void applyTo(Statistic s) {
        s.id = id;
        s.countryCode = country;
        s.metric = metric;
        s.year = year;
        s.periodEnd = periodEnd;
        s.value = value;
        s.upperValue = upperValue;
        s.unit = unit;
        s.qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        s.asWritten = asWritten;
        s.reporting = reporting;
        s.breakdown = breakdown;
        s.description = description;
        Collections2.replaceIfChanged(s.sources, sources);
    }
}
