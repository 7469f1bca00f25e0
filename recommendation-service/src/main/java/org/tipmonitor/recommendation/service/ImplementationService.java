package org.tipmonitor.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Objects;
import org.tipmonitor.api.recommendation.ImplementationUpdateInput;
import org.tipmonitor.commons.problem.ConflictException;
import org.tipmonitor.recommendation.model.ImplementationUpdate;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.repository.ImplementationUpdateRepository;

/** Records implementation updates: append-only, each naming the recommendation version it expects. */
@ApplicationScoped
public class ImplementationService {

    @Inject
    RecommendationService recommendations;
    @Inject
    ImplementationUpdateRepository updates;

    /**
     * Appends an update recorded by {@code recordedBy} (the caller's user name) and makes its status
     * the current one. The version check and the insert share one transaction: a stale
     * {@code expectedVersion} gets 409 and writes nothing.
     */
    @Transactional
    public Recommendation record(String recommendationId, ImplementationUpdateInput input, String recordedBy) {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Instant now = Instant.now();
        if (!updates.advance(recommendationId, input.expectedVersion(), input.status(), now)) {
            Recommendation current = recommendations.get(recommendationId);
            throw new ConflictException("Recommendation " + recommendationId + " is at version " + current.version
                    + ", not " + input.expectedVersion() + "; read it again and retry");
        }
        ImplementationUpdate update = new ImplementationUpdate();
        update.recommendationId = recommendationId;
        update.version = input.expectedVersion() + 1;
        update.status = input.status();
        update.note = input.note().strip();
        update.evidenceUrl = input.evidenceUrl();
        update.recordedAt = now;
        update.recordedBy = recordedBy;
        updates.persist(update);
        return recommendations.get(recommendationId);
    }

    public ImplementationUpdate update(String recommendationId, int version) {
        recommendations.get(recommendationId);
        return updates.find(recommendationId, version).orElseThrow(
                () -> new NotFoundException("Recommendation " + recommendationId + " has no update " + version));
    }
}
