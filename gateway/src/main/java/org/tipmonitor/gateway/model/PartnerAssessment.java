package org.tipmonitor.gateway.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.ReviewState;

/** A partner organization's own view of a recommendation's implementation; its recommendation is resolved by the graph. */
@Description("A partner organization's own view of how far a recommendation has been implemented, beside the official record.")
public record PartnerAssessment(@NonNull @Id String id, @Ignore String recommendationId,
        @NonNull Organization organization, @NonNull ImplementationStatus status, @NonNull String note,
        @NonNull List<@NonNull String> evidenceUrls,
        @NonNull @Description("The date the assessment describes.") LocalDate asOf, @NonNull ReviewState state,
        @Description("Why an admin returned it; null otherwise.") String returnReason, int version,
        OffsetDateTime submittedAt, OffsetDateTime publishedAt) {
}
