package org.tipmonitor.recommendation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.recommendation.model.ImplementationUpdate;

@ApplicationScoped
public class ImplementationUpdateRepository implements PanacheRepository<ImplementationUpdate> {

    /**
     * Moves a recommendation from {@code expectedVersion} to the next version with the new current
     * status, in one statement. PostgreSQL locks the row, so of writers naming the same version the
     * first to commit wins and the others find no row to update: false, and they write nothing.
     */
    public boolean advance(String recommendationId, int expectedVersion, ImplementationStatus status, Instant at) {
        return getEntityManager().createNativeQuery("""
                update recommendation set version = version + 1, status = :status, last_updated_at = :at
                where id = :id and version = :expected""")
                .setParameter("status", status.name())
                .setParameter("at", at)
                .setParameter("id", recommendationId)
                .setParameter("expected", expectedVersion)
                .executeUpdate() == 1;
    }

    /** The updates of these recommendations, newest first per recommendation. */
    public Map<String, List<ImplementationUpdate>> historyOf(Collection<String> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return Map.of();
        }
        return list("recommendationId in ?1", Sort.by("recommendationId").and("version", Sort.Direction.Descending),
                recommendationIds).stream()
                .collect(Collectors.groupingBy(u -> u.recommendationId, Collectors.toList()));
    }

    /** The update written with this idempotency key, by whoever committed it (a new statement sees committed rows). */
    public Optional<ImplementationUpdate> findByRequestId(String requestId) {
        return find("requestId", requestId).firstResultOptional();
    }

    public Optional<ImplementationUpdate> find(String recommendationId, int version) {
        return find("recommendationId = ?1 and version = ?2", recommendationId, version).firstResultOptional();
    }
}
