package org.tipmonitor.gateway.model;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.RevisionChange;

@Description("One change in an assessment's audit history: who made it, when, and the assessment as it left it.")
public record AssessmentRevision(
        @Description("The number of the change; later changes have higher numbers. One change to several records "
                + "shares its number.") int revision,
        @Description("When the change was committed.") @NonNull OffsetDateTime changedAt,
        @Description("Who made it: an admin's user name, or 'dataset' for a load of the dataset.") @NonNull String changedBy,
        @Description("Whether the change added, changed or removed the assessment.") @NonNull RevisionChange change,
        @Description("The assessment as this change left it (for a removal, as it was when removed).") @NonNull Assessment assessment) {
}
