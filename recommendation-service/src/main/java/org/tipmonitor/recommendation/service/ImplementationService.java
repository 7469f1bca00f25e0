package org.tipmonitor.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.tipmonitor.api.recommendation.ImplementationUpdateInput;
import org.tipmonitor.commons.problem.ConflictException;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.recommendation.model.ImplementationUpdate;
import org.tipmonitor.recommendation.model.RecordedUpdate;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.repository.ImplementationUpdateRepository;

/** Records implementation updates: append-only, each naming the recommendation version it expects. */
@ApplicationScoped
public class ImplementationService {

    @Inject
    RecommendationService recommendations;
    @Inject
    ImplementationUpdateRepository updates;
    @Inject
    Event<RecommendationDataChanged> changed;

    /**
     * Appends an update recorded by {@code recordedBy} (the caller's user name) and makes its status
     * the current one. The version check and the insert share one transaction: a stale
     * {@code expectedVersion} gets 409 and writes nothing.
     *
     * <p>With a {@code requestId} the write is idempotent: when an update with that key is stored, the
     * same write again is answered with it (a replay) and nothing is written; the key with a different
     * write (another recommendation, status, note, evidence, version or recorder) is 422. Two requests
     * with the same key at once: both name the same version, PostgreSQL's row lock makes the second wait
     * for the first to commit, its version check then fails, and it finds the first one's update by the
     * key and replays it. So a retry, however early, never writes twice.
     */
    @Transactional
    public RecordedUpdate record(String recommendationId, ImplementationUpdateInput input, String recordedBy) {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Optional<RecordedUpdate> replay = replay(recommendationId, input, recordedBy);
        if (replay.isPresent()) {
            return replay.get();
        }
        // PostgreSQL keeps microseconds: the answer shows the time as stored, so that a replay answers the same.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!updates.advance(recommendationId, input.expectedVersion(), input.status(), now)) {
            replay = replay(recommendationId, input, recordedBy);
            if (replay.isPresent()) {
                return replay.get();
            }
            Recommendation current = recommendations.get(recommendationId);
            throw ConflictException.staleVersion("Recommendation " + recommendationId + " is at version " + current.version
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
        update.requestId = input.requestId();
        updates.persist(update);
        changed.fire(new RecommendationDataChanged());
        return new RecordedUpdate(recommendations.get(recommendationId), update, false);
    }

    /** The stored update with the input's key, when there is one and it is this same write. */
    private Optional<RecordedUpdate> replay(String recommendationId, ImplementationUpdateInput input,
            String recordedBy) {
        if (input.requestId() == null) {
            return Optional.empty();
        }
        return updates.findByRequestId(input.requestId()).map(earlier -> {
            if (!sameWrite(earlier, recommendationId, input, recordedBy)) {
                throw new InvalidInputException("requestId", "was used for another update (" + earlier.recommendationId
                        + " version " + earlier.version + "); a new update needs a new requestId", 422);
            }
            return new RecordedUpdate(recommendations.get(recommendationId), earlier, true);
        });
    }

    private static boolean sameWrite(ImplementationUpdate earlier, String recommendationId,
            ImplementationUpdateInput input, String recordedBy) {
        return earlier.recommendationId.equals(recommendationId)
                && earlier.version == input.expectedVersion() + 1
                && earlier.status == input.status()
                && earlier.note.equals(input.note().strip())
                && Objects.equals(earlier.evidenceUrl, input.evidenceUrl())
                && earlier.recordedBy.equals(recordedBy);
    }

    public ImplementationUpdate update(String recommendationId, int version) {
        recommendations.get(recommendationId);
        return updates.find(recommendationId, version).orElseThrow(
                () -> new NotFoundException("Recommendation " + recommendationId + " has no update " + version));
    }
}
