package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A country; its assessments, statistics, pathways and recommendations are resolved in batches. */
@Description("A country or territory as the reports name it, identified by its ISO 3166-1 alpha-3 code.")
public record Country(
        @Description("ISO 3166-1 alpha-3 code, e.g. RUS.") @NonNull @Id String code,
        @Description("The country's name in English.") @NonNull String name,
        @Description("The report's region, e.g. Europe; null when not stated.") String region) {
}
