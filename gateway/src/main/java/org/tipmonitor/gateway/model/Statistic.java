package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.Reporting;

/** A published figure about victims or people at risk. */
public record Statistic(@NonNull @Id String id, @NonNull @Id String countryCode, @NonNull String metric, Integer year,
        Integer value, boolean lowerBound, @NonNull Reporting reporting, @NonNull List<@NonNull Source> sources,
        @NonNull List<@NonNull Citation> citations,
        Integer upperValue, String unit, String description) {
}
