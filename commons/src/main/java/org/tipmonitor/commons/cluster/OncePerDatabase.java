package org.tipmonitor.commons.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up work (the dataset load, the demo case import) done once per database however many replicas
 * start at once. Each task runs in one transaction that first takes a PostgreSQL advisory lock named
 * for the task ({@code pg_advisory_xact_lock}, released by the commit): a second replica starting at
 * the same time waits there, then finds the row the first one wrote in {@code startup_task} in the same
 * transaction as its work, and does nothing. A new fingerprint (a changed dataset) is work to do again.
 */
@ApplicationScoped
public class OncePerDatabase {

    /** Long enough for the largest start-up import; the replicas waiting for the lock wait as long. */
    private static final int TIMEOUT_SECONDS = 1800;

    /** Who did a task: the replica's process and HTTP port, as the row records it. */
    public record Done(String by, String at) {
    }

    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    /**
     * Runs {@code work} unless a replica (this one included) has done {@code task} with this {@code
     * fingerprint} already; returns who did it before, or empty when this replica has just done it.
     */
    public Optional<Done> run(String task, String fingerprint, Supplier<Object> work) {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                    .setParameter(1, "tip-startup:" + task).getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> done = entityManager.createNativeQuery(
                    "select done_by, done_at::text from startup_task where task = ?1 and fingerprint = ?2")
                    .setParameter(1, task).setParameter(2, fingerprint).getResultList();
            if (!done.isEmpty()) {
                return Optional.of(new Done((String) done.get(0)[0], (String) done.get(0)[1]));
            }
            Object summary = work.get();
            entityManager.createNativeQuery("insert into startup_task (task, fingerprint, done_by, summary)"
                    + " values (?1, ?2, ?3, ?4)").setParameter(1, task).setParameter(2, fingerprint)
                    .setParameter(3, replica()).setParameter(4, String.valueOf(summary)).executeUpdate();
            return Optional.empty();
        });
    }

    /** "pid@host:port", the process that did the work (deploy/run.sh records the pids in .run/pids). */
    String replica() {
        return ManagementFactory.getRuntimeMXBean().getName() + ":" + port;
    }
}
