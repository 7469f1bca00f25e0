package org.tipmonitor.api.victim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A move of a partner contribution in its review (submit, publish), naming the version the caller read. */
public record ReviewStepInput(
        @NotNull(message = "the version you read is required") @PositiveOrZero Integer expectedVersion) {
}
