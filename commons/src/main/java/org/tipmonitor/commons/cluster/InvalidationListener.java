package org.tipmonitor.commons.cluster;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection of its own, for the notices {@link SharedCaches#emptyOnCommit} sends, and
 * empties the named cache of this replica. Runs only in a service that has caches.
 *
 * <p>The connection is its own, not one of the pool's: a pooled connection handed back while still
 * listening would collect notices for whoever takes it next. Notices sent while it is not listening
 * (PostgreSQL restarted, the connection was cut) are lost, so after every (re)connection every cache of
 * this replica is emptied; while it is not listening the replica is not ready ({@link
 * CacheInvalidationCheck}), so a balancer sends reads to replicas that do hear the writes.
 */
@ApplicationScoped
public class InvalidationListener {

    private static final Logger LOG = Logger.getLogger(InvalidationListener.class);
    /** How long one wait for notices lasts; after a quiet wait a query checks the connection is alive. */
    private static final int POLL_MILLIS = 5_000;
    private static final long MAX_RETRY_MILLIS = 5_000;

    @Inject
    SharedCaches caches;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean listening;
    private volatile boolean stopped;
    private volatile Connection connection;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        if (!needed()) {
            return;
        }
        thread = new Thread(this::run, "cache-invalidation-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        close(connection);
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether this replica has caches to keep in step with the others' writes. */
    boolean needed() {
        return url.isPresent() && !caches.names().isEmpty();
    }

    /** True while notices reach this replica (or it has no caches that need them). */
    boolean listening() {
        return listening || !needed();
    }

    private void run() {
        long retry = 250;
        while (!stopped) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement listen = c.createStatement()) {
                    listen.execute("LISTEN " + SharedCaches.CHANNEL);
                }
                caches.emptyAllHere();
                listening = true;
                retry = 250;
                LOG.infof("Listening for cache invalidations on %s", SharedCaches.CHANNEL);
                receive(c);
            } catch (SQLException e) {
                if (stopped) {
                    return;
                }
                if (listening) {
                    LOG.warnf("Cache invalidations: connection lost (%s); caches emptied, reconnecting", e.getMessage());
                } else {
                    LOG.debugf("Cache invalidations: cannot connect (%s), retrying", e.getMessage());
                }
                listening = false;
                caches.emptyAllHere();
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException interrupted) {
                    return;
                }
                retry = Math.min(retry * 2, MAX_RETRY_MILLIS);
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!stopped) {
            PGNotification[] notices = pg.getNotifications(POLL_MILLIS);
            if (notices == null || notices.length == 0) {
                // A connection cut without a word (a network between) is noticed by using it.
                try (Statement ping = c.createStatement()) {
                    ping.execute("select 1");
                }
                continue;
            }
            for (PGNotification notice : notices) {
                caches.onNotice(notice.getParameter());
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        // Named, so that it can be found in pg_stat_activity; socket timeout so that a dead peer is noticed.
        properties.setProperty("ApplicationName", "tip-cache-listener");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver().connect(url.orElseThrow(), properties);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url.orElseThrow());
        }
        c.setAutoCommit(true);
        return c;
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing to stop: nothing left to do with it
            }
        }
    }
}
