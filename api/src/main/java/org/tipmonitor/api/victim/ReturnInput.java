package org.tipmonitor.api.victim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An admin sends a submitted partner contribution back to its organization: the version read, and why. */
public record ReturnInput(
        @NotNull(message = "the version you read is required") @PositiveOrZero Integer expectedVersion,
        @NotBlank @Size(max = 2000) String reason) {
}
