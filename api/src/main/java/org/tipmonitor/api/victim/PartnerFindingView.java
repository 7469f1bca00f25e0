package org.tipmonitor.api.victim;

import java.time.Instant;
import java.util.List;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * A statistic or recruitment pathway contributed by a partner organization, as
 * {@code GET /api/v1/partner-findings} shows it: never among the official figures of
 * {@code /api/v1/statistics} and {@code /api/v1/pathways}, always named by its organization
 * ({@code organization}: the alias Keycloak puts in the members' tokens) and reported as {@code NGO}.
 * Exactly one of {@code statistic} and {@code pathway} is set, in the shape of the official views (same
 * id as the finding; {@code sources} holds the organization's own document with its quote). Who took a
 * step ({@code history[].by}) is shown to admins and analysts only, like the recorders of implementation.
 */
public record PartnerFindingView(String id, PartnerFindingKind kind, String organization, Reporting reporting,
        ReviewState state, int version, String returnReason, Instant createdAt, Instant submittedAt,
        Instant publishedAt, StatisticView statistic, PathwayView pathway, List<ReviewEventView> history) {
}
