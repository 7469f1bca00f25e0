package org.tipmonitor.gateway.model;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;

/** A recommendation with its implementation record; its country is resolved in a batch. */
@Description("A recommendation a report made to a government, with the record of its implementation.")
public record Recommendation(
        @Description("Stable identifier of the recommendation.") @NonNull @Id String id,
        @Ignore String countryCode,
        @Description("The year of the report that made it; null when its source is undated.") Integer reportYear,
        @Description("The area of anti-trafficking work it belongs to.") @NonNull Pillar pillar,
        @Description("What the government is asked to do, in our own words.") @NonNull String text,
        @Description("How far it has been carried out, as its implementation record stands now.") @NonNull ImplementationStatus status,
        @Description("Changes with every recorded update; give it as expectedVersion when recording the next one.") int version,
        @Description("Years in a row this recommendation (or its earlier form) has been made, this one included.") int yearsOutstanding,
        @Description("Every implementation update recorded on it, newest first.") @NonNull List<@NonNull ImplementationUpdate> history,
        Integer position,
        String issuer,
        String addressee,
        List<@NonNull Source> sources,
        @Description("The report's sentences that make the recommendation, verbatim.") @NonNull List<@NonNull Citation> citations) {
}
