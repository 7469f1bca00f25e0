package org.tipmonitor.gateway.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.victim.PartnerFindingKind;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * A statistic or recruitment pathway a partner organization contributed. The graph serves it only here, never in
 * Country.statistics or recruitmentPathways: {@code reporting} is always NGO and {@code contributedBy} names the
 * organization. Exactly one of {@code statistic} and {@code pathway} is set; a pathway with an end known only as a
 * region has {@code pathway} null here (the graph's RecruitmentPathway needs a country at both ends; REST serves
 * it whole).
 */
@Description("A statistic or recruitment pathway contributed by a partner organization (contributedBy), reported as "
        + "NGO and served apart from the official figures. Unpublished ones are seen only by their own organization, "
        + "admins and analysts.")
public record PartnerFinding(@NonNull @Id String id, @NonNull PartnerFindingKind kind, @Ignore String organization,
        @NonNull Reporting reporting, @NonNull ReviewState state, int version, String returnReason,
        @NonNull OffsetDateTime createdAt, OffsetDateTime submittedAt, OffsetDateTime publishedAt,
        Statistic statistic, RecruitmentPathway pathway, @NonNull List<@NonNull ReviewStep> history) {
}
