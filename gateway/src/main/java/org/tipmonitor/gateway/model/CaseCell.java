package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.tipmonitor.api.vocabulary.ExploitationType;

/** One cell of a case aggregate; dimensions not grouped by are null, count is null when suppressed. */
public record CaseCell(Integer year, @Id String citizenship, @Id String countryOfExploitation, String gender,
        String ageBroad, ExploitationType exploitationType, Integer count, boolean suppressed) {
}
