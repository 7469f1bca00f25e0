package org.tipmonitor.api.recommendation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A step of a partner assessment's review (submit, publish, return), naming the version the caller read.
 * {@code reason} is required to return an assessment (it tells the organization what to change) and
 * refused on the other steps.
 */
public record ReviewInput(
        @NotNull(message = "the version you read is required") @PositiveOrZero Integer expectedVersion,
        @Size(max = 2000) String reason) {
}
