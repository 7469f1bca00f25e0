package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;

/** A recommendation with its implementation record; its country is resolved in a batch. */
public record Recommendation(@NonNull @Id String id, @Ignore String countryCode, Integer reportYear,
        @NonNull Pillar pillar, @NonNull String text, @NonNull ImplementationStatus status, int version,
        int yearsOutstanding, @NonNull List<@NonNull ImplementationUpdate> history,
        Integer position, String issuer, String addressee, List<@NonNull Source> sources,
        @NonNull List<@NonNull Citation> citations) {
}
