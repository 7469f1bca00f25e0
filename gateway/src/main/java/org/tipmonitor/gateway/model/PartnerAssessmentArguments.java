package org.tipmonitor.gateway.model;

import io.smallrye.graphql.api.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/** savePartnerAssessment's input as the graph takes it (GraphQL type PartnerAssessmentInput); the service gets api's record. */
@Description("A partner organization's view of a recommendation's implementation, as it writes it.")
@Input("PartnerAssessmentInput")
public record PartnerAssessmentArguments(
        @Description("The recommendation assessed.") @NonNull @Id String recommendationId,
        @Description("How far the organization judges it implemented.") @NonNull ImplementationStatus status,
        @Description("The organization's reasoning, in its words.") @NonNull String note,
        @Description("Where its evidence can be read (http or https addresses).") @Nullable List<@NonNull String> evidenceUrls,
        @NonNull LocalDate asOf) {
}
