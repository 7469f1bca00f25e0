package org.tipmonitor.country.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.tipmonitor.commons.source.Citation;

/** Law-enforcement figures of one calendar year; a figure the source does not mention is null. */
@Embeddable
public record LawEnforcementRecord(
        @NotNull @Min(1990) @Max(2100) Integer dataYear,
        @Valid @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "investigations"))
        @AttributeOverride(name = "reporting", column = @Column(name = "investigations_reporting"))
        @AttributeOverride(name = "lowerBound", column = @Column(name = "investigations_lower_bound"))
        Figure investigations,
        @Valid @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "prosecutions"))
        @AttributeOverride(name = "reporting", column = @Column(name = "prosecutions_reporting"))
        @AttributeOverride(name = "lowerBound", column = @Column(name = "prosecutions_lower_bound"))
        Figure prosecutions,
        @Valid @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "convictions"))
        @AttributeOverride(name = "reporting", column = @Column(name = "convictions_reporting"))
        @AttributeOverride(name = "lowerBound", column = @Column(name = "convictions_lower_bound"))
        Figure convictions,
        @Valid @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "victims_identified"))
        @AttributeOverride(name = "reporting", column = @Column(name = "victims_identified_reporting"))
        @AttributeOverride(name = "lowerBound", column = @Column(name = "victims_identified_lower_bound"))
        Figure victimsIdentified,
        String note,
        @NotNull @Valid @Embedded Citation citation) {
}
