package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A country; its assessments, statistics, pathways and recommendations are resolved in batches. */
public record Country(@NonNull @Id String code, @NonNull String name, String region) {
}
