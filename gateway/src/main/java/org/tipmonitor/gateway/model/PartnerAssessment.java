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
public record PartnerAssessment(
        @Description("Stable identifier of the assessment.") @NonNull @Id String id,
        @Ignore String recommendationId,
        @Description("The organization whose view it is.") @NonNull Organization organization,
        @Description("How far the organization judges the recommendation implemented.") @NonNull ImplementationStatus status,
        @Description("The organization's reasoning, in its words.") @NonNull String note,
        @Description("Where its evidence can be read.") @NonNull List<@NonNull String> evidenceUrls,
        @NonNull @Description("The date the assessment describes.") LocalDate asOf,
        @Description("Where it stands in the review before publication.") @NonNull ReviewState state,
        @Description("Why an admin returned it; null otherwise.") String returnReason,
        @Description("Changes with every save and move; give it as expectedVersion to change it.") int version,
        OffsetDateTime submittedAt,
        OffsetDateTime publishedAt) {
}
