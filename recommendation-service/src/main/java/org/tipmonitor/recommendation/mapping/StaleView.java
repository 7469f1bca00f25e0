package org.tipmonitor.recommendation.mapping;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.service.ProgressService;

/**
 * A recommendation nobody has updated for a while: {@code lastUpdatedAt} is null when it was never
 * updated, and {@code idleSince} is then the time it was loaded.
 */
public record StaleView(String id, String countryCode, int reportYear, Pillar pillar, int position, String text,
        ImplementationStatus status, int version, OffsetDateTime lastUpdatedAt, OffsetDateTime idleSince,
        long idleDays) {

    public static StaleView of(Recommendation r, Instant now) {
        Instant since = ProgressService.idleSince(r);
        return new StaleView(r.id, r.countryCode, r.reportYear, r.pillar, r.position, r.text, r.status, r.version,
                r.lastUpdatedAt == null ? null : r.lastUpdatedAt.atOffset(ZoneOffset.UTC), since.atOffset(ZoneOffset.UTC),
                Duration.between(since, now).toDays());
    }
}
