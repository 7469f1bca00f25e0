package org.tipmonitor.api.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.tipmonitor.api.validation.WebAddress;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/**
 * A partner organization's own view of a recommendation's implementation, as a member writes it. The
 * organization is the writer's, from its token, never part of the request. {@code asOf} is the date the
 * view describes: today or earlier. {@code expectedVersion} is the version the writer read; it is
 * required to edit an existing assessment and ignored when creating one.
 */
public record PartnerAssessmentInput(
        @NotNull @RecommendationId String recommendationId,
        @NotNull ImplementationStatus status,
        @NotBlank @Size(max = 4000) String note,
        @Size(max = MAX_EVIDENCE) List<@NotNull @Size(max = 2000) @WebAddress String> evidenceUrls,
        @NotNull @PastOrPresent(message = "must be today or earlier: the date the assessment describes") LocalDate asOf,
        @PositiveOrZero Integer expectedVersion) {

    /** The most evidence links one assessment carries. */
    public static final int MAX_EVIDENCE = 10;

    public List<String> evidenceUrls() {
        return evidenceUrls == null ? List.of() : evidenceUrls;
    }
}
