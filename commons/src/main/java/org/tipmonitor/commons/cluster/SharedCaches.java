package org.tipmonitor.commons.cluster;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.Collection;
import org.hibernate.Session;

/**
 * Read caches that stay right however many replicas of a service run: a write empties the named cache
 * on every replica once it has committed.
 *
 * <p>The writer calls {@link #emptyOnCommit} inside its transaction. That sends a PostgreSQL
 * {@code NOTIFY} on the transaction's own connection, which PostgreSQL delivers to the listeners only
 * when, and only if, the transaction commits ({@link InvalidationListener} listens on every replica);
 * and it empties the cache of this replica right after the commit, before the writer gets its answer,
 * so the writer's next read here never sees the old state. A service with caches fires its
 * {@code XxxDataChanged} event in the write's transaction and observes it with
 * {@code @Observes XxxDataChanged change -> sharedCaches.emptyOnCommit(CACHE)}.
 */
@ApplicationScoped
public class SharedCaches {

    /**
     * The PostgreSQL channel; a notification's payload is the name of the cache to empty, then, after
     * {@link #FROM}, the replica that wrote (a notice without it is for every replica).
     */
    static final String CHANNEL = "tip_cache_invalidation";
    static final String FROM = "|from:";
    /**
     * This replica, for its own notices: it has emptied its cache at the commit already, and the notice
     * comes back through its listener some time later; emptying again then would throw away what was read
     * and cached since, and a read in between could see the cache emptied by a stale notice.
     */
    static final String REPLICA = UUID.randomUUID().toString();

    @Inject
    EntityManager entityManager;
    @Inject
    TransactionSynchronizationRegistry transaction;
    @Inject
    CacheManager caches;

    /** Empties {@code cacheName} on every replica once the current transaction commits; nothing if it rolls back. */
    public void emptyOnCommit(String cacheName) {
        if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            // Without a transaction there is nothing to wait for, and no write to tie the notice to.
            throw new IllegalStateException("emptyOnCommit(" + cacheName + ") needs the writing transaction");
        }
        // The ORM's connection, so the notice is part of the same transaction as the write.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, cacheName + FROM + REPLICA);
                notify.execute();
            }
        });
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    emptyHere(cacheName);
                }
            }
        });
    }

    /** The caches this replica holds; the listener is needed only when there are any. */
    Collection<String> names() {
        return caches.getCacheNames();
    }

    /** A notice from the listener: the named cache is emptied unless the notice is this replica's own. */
    void onNotice(String payload) {
        int from = payload.indexOf(FROM);
        if (from < 0) {
            emptyHere(payload);
        } else if (!payload.substring(from + FROM.length()).equals(REPLICA)) {
            emptyHere(payload.substring(0, from));
        }
    }

    void emptyHere(String cacheName) {
        caches.getCache(cacheName).ifPresent(SharedCaches::empty);
    }

    /** Every cache of this replica: after notices may have been missed, nothing cached can be trusted. */
    void emptyAllHere() {
        names().forEach(this::emptyHere);
    }

    private static void empty(Cache cache) {
        cache.invalidateAll().await().indefinitely();
    }
}
