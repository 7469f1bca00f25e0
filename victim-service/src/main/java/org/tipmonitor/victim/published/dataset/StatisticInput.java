package org.tipmonitor.victim.published.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.DataYear;
import org.tipmonitor.api.victim.Breakdown;
import org.tipmonitor.api.victim.Qualifier;
import org.tipmonitor.api.victim.RecordId;
import org.tipmonitor.api.victim.Unit;
import org.tipmonitor.api.vocabulary.ReportedValue;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.commons.source.Citation;

/**
 * One record of dataset/victim/statistics.json. A missing qualifier means the number is exact; the
 * reported-figure rule (NOT_REPORTED has no value) is {@link ReportedValue}'s. {@code year} is null when
 * the source gives none (a figure "by 2021" has only {@code periodEnd}); every citation carries its quote.
 */
public record StatisticInput(
        @NotNull @RecordId String id,
        @NotNull @CountryCode String country,
        @NotBlank @Size(max = 200) String metric,
        @DataYear Integer year,
        @DataYear Integer periodEnd,
        @PositiveOrZero Integer value,
        @PositiveOrZero Integer upperValue,
        @NotNull Unit unit,
        Qualifier qualifier,
        @Size(max = 200) String asWritten,
        @NotNull Reporting reporting,
        @Valid Breakdown breakdown,
        @NotBlank @Size(max = 2000) String description,
        @NotEmpty List<@NotNull @Valid Citation> sources) implements ReportedValue {

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
}
