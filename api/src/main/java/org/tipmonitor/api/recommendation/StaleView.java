package org.tipmonitor.api.recommendation;

import java.time.OffsetDateTime;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;

/**
 * A recommendation nobody has updated for a while: {@code lastUpdatedAt} is null when it was never
 * updated, and {@code idleSince} is then the time it was loaded; {@code idleDays} are whole days.
 * {@code reportYear} is null when the recommendation's source is undated.
 */
public record StaleView(String id, String countryCode, Integer reportYear, Pillar pillar, int position, String text,
        ImplementationStatus status, int version, OffsetDateTime lastUpdatedAt, OffsetDateTime idleSince,
        long idleDays) {
}
