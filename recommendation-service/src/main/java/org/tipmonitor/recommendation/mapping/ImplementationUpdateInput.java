package org.tipmonitor.recommendation.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/** An implementation update as an admin writes it; {@code expectedVersion} is the version the admin read. */
public record ImplementationUpdateInput(
        @NotNull ImplementationStatus status,
        @NotBlank @Size(max = 4000) String note,
        @Size(max = 2000) @WebAddress String evidenceUrl,
        @NotNull(message = "the version you read is required") @PositiveOrZero Integer expectedVersion) {
}
