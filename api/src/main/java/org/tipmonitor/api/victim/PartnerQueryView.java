package org.tipmonitor.api.victim;

import java.time.OffsetDateTime;

/**
 * One case-statistics query of a partner, as admins read it ({@code GET /api/v1/case-statistics/queries}):
 * when, who (token subject and user name), through which client ({@code azp}), for which organization
 * ({@code organization} claim), the grouping and filter asked, and whether it was
 * refused because the daily budget was spent.
 */
public record PartnerQueryView(long id, OffsetDateTime askedAt, String subject, String userName, String client,
        String organization, String groupBy, String filter, boolean refused) {
}
