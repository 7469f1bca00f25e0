package org.tipmonitor.api.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.tipmonitor.api.validation.RequestId;
import org.tipmonitor.api.validation.WebAddress;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/**
 * An implementation update as an admin writes it; {@code expectedVersion} is the version the admin read.
 * Who recorded it comes from the caller's token, when from the server's clock: neither is part of the request.
 * {@code requestId}, optional, makes the write idempotent: a retry with the same key (after a timeout, say)
 * answers the first write's result instead of writing again.
 */
public record ImplementationUpdateInput(
        @NotNull ImplementationStatus status,
        @NotBlank @Size(max = 4000) String note,
        @Size(max = 2000) @WebAddress String evidenceUrl,
        @NotNull(message = "the version you read is required") @PositiveOrZero Integer expectedVersion,
        @RequestId String requestId) {
}
