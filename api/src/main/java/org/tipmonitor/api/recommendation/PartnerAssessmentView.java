package org.tipmonitor.api.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * A partner organization's assessment of a recommendation's implementation, beside (never part of) the
 * official record. {@code version} starts at 0 and grows with every change (an edit, a review step);
 * {@code returnReason} is the latest return's reason while it is RETURNED, else null. {@code reviews} is
 * every submission, publication and return, oldest first; {@code createdBy}, {@code updatedBy} and each
 * step's {@code by} are null for callers who may not see who wrote (partners).
 */
public record PartnerAssessmentView(long id, String recommendationId, OrganizationView organization,
        ImplementationStatus status, String note, List<String> evidenceUrls, LocalDate asOf, ReviewState state,
        String returnReason, int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
        String updatedBy, OffsetDateTime submittedAt, OffsetDateTime publishedAt, List<ReviewStepView> reviews) {
}
