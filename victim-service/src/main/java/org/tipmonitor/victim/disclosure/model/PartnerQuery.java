package org.tipmonitor.victim.disclosure.model;

import java.time.OffsetDateTime;

/** A logged partner query (table partner_query); {@code refused} when the daily budget was spent. */
public record PartnerQuery(long id, OffsetDateTime askedAt, String subject, String userName, String client,
        String organization, String groupBy, String filter, boolean refused) {
}
