package org.tipmonitor.country.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A statute's imprisonment range in years; a missing minimum means "up to". The description is the
 * penalty in words, in a column named for it: a statute's adult_penalty, child_penalty.
 */
@Embeddable
public record Penalty(
        @PositiveOrZero @Max(100) Integer minYears,
        @PositiveOrZero @Max(100) Integer maxYears,
        boolean upToLife,
        @Column(name = "penalty") String description) {

    @AssertTrue(message = "the minimum must not exceed the maximum")
    boolean isOrdered() {
        return minYears == null || maxYears == null || minYears <= maxYears;
    }
}
