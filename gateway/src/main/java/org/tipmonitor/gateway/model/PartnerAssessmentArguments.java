package org.tipmonitor.gateway.model;

import io.smallrye.graphql.api.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;

/** savePartnerAssessment's input as the graph takes it (GraphQL type PartnerAssessmentInput); the service gets api's record. */
@Input("PartnerAssessmentInput")
public record PartnerAssessmentArguments(@NonNull @Id String recommendationId, @NonNull ImplementationStatus status,
        @NonNull String note, @Nullable List<@NonNull String> evidenceUrls, @NonNull LocalDate asOf) {
}
