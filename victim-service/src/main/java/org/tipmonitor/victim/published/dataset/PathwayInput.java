package org.tipmonitor.victim.published.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.victim.Qualifier;
import org.tipmonitor.api.victim.RecordId;
import org.tipmonitor.api.victim.RecruiterType;
import org.tipmonitor.api.vocabulary.DatePrecision;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.victim.published.model.ControlMeans;

/**
 * One record of dataset/victim/pathways.json. Each end is a country code, or, where the source names
 * only a region, the region's name; a number of victims needs its qualifier (EXACT when exact). A date
 * comes with its precision (DatePrecision): a YEAR-precise date is the first of January, a MONTH-precise
 * one the first of the month; without a date the precision is NOT_STATED or absent.
 */
public record PathwayInput(
        @NotNull @RecordId String id,
        @CountryCode String origin,
        @Size(max = 200) String originRegion,
        @CountryCode String destination,
        @Size(max = 200) String destinationRegion,
        List<@NotNull @CountryCode String> transit,
        @NotEmpty List<@NotNull ExploitationType> exploitation,
        @NotBlank @Size(max = 500) String recruiter,
        @NotNull RecruiterType recruiterType,
        List<@NotNull ControlMeans> means,
        @Size(max = 300) String sector,
        @PositiveOrZero Integer estimatedVictims,
        @PositiveOrZero Integer upperValue,
        Qualifier qualifier,
        LocalDate periodStart,
        DatePrecision periodStartPrecision,
        LocalDate periodEnd,
        DatePrecision periodEndPrecision,
        @NotNull Boolean officialComplicity,
        @NotBlank @Size(max = 2000) String description,
        @NotEmpty List<@NotNull @Valid Citation> sources) {

    @AssertTrue(message = "each end needs a country code or a region")
    boolean isEndsNamed() {
        return (origin != null || originRegion != null) && (destination != null || destinationRegion != null);
    }

    @AssertTrue(message = "estimatedVictims and qualifier go together")
    boolean isEstimateQualified() {
        return (estimatedVictims == null) == (qualifier == null);
    }

    @AssertTrue(message = "upperValue must not be below estimatedVictims, and needs it")
    boolean isRangeOrdered() {
        return upperValue == null || (estimatedVictims != null && upperValue >= estimatedVictims);
    }

    @AssertTrue(message = "periodEnd must not be before periodStart")
    boolean isPeriodOrdered() {
        return periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart);
    }

    @AssertTrue(message = "a date needs its precision (DAY, MONTH or YEAR; a YEAR date is January 1st, a MONTH "
            + "date the 1st), and NOT_STATED goes with no date")
    boolean isPeriodStartPrecise() {
        return precise(periodStart, periodStartPrecision);
    }

    @AssertTrue(message = "a date needs its precision (DAY, MONTH or YEAR; a YEAR date is January 1st, a MONTH "
            + "date the 1st), and NOT_STATED goes with no date")
    boolean isPeriodEndPrecise() {
        return precise(periodEnd, periodEndPrecision);
    }

    private static boolean precise(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return precision == null || precision == DatePrecision.NOT_STATED;
        }
        if (precision == null) {
            return false;
        }
        return switch (precision) {
            case DAY -> true;
            case MONTH -> date.getDayOfMonth() == 1;
            case YEAR -> date.getDayOfYear() == 1;
            case NOT_STATED -> false;
        };
    }

    /** Every country code the record names. */
    Stream<String> countries() {
        return Stream.concat(Stream.of(origin, destination), transit == null ? Stream.empty() : transit.stream())
                .filter(Objects::nonNull);
    }
}
