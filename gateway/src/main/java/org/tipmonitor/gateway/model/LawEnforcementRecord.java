package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.Reporting;

/** One data year's law-enforcement figures; null where not reported or not stated. */
public record LawEnforcementRecord(int dataYear, Integer investigations, Integer prosecutions, Integer convictions,
        Integer victimsIdentified, @NonNull Reporting reporting, String note, Source source,
        @NonNull List<@NonNull Citation> citations) {
}
