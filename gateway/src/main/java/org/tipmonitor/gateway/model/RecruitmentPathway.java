package org.tipmonitor.gateway.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.DatePrecision;
import org.tipmonitor.api.vocabulary.ExploitationType;

/** How people reach exploitation; origin and destination countries are resolved in batches. */
public record RecruitmentPathway(@NonNull @Id String id, @Ignore String originCode,
        @Ignore String destinationCode,
        @NonNull List<@NonNull ExploitationType> exploitation, @NonNull String recruiter,
        @NonNull List<@NonNull String> means, Integer estimatedVictims, boolean lowerBound,
        LocalDate periodStart, DatePrecision periodStartPrecision, LocalDate periodEnd, DatePrecision periodEndPrecision,
        boolean officialComplicity, @NonNull List<@NonNull Source> sources, @NonNull List<@NonNull Citation> citations, String sector, String description) {
}
