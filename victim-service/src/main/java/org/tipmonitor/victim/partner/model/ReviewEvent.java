package org.tipmonitor.victim.partner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * One step of a partner finding's review, kept for good: the state it left, the version it made, when and by
 * whom (the caller's user name), and a return's reason.
 */
@Embeddable
public record ReviewEvent(
        @Enumerated(EnumType.STRING) @Column(name = "state") ReviewState state,
        @Column(name = "version") int version,
        @Column(name = "happened_at") Instant at,
        @Column(name = "by_user") String by,
        @Column(name = "reason") String reason) {
}
