package org.tipmonitor.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The stack of deploy/run.sh --replicas 2: replica i of a service on i*10000 + its usual port, HAProxy on
 * the usual ports (Stack), pid files and logs in .run, the services' databases on the stack's PostgreSQL.
 */
final class Replicas {

    static final int COUNT = 2;
    static final Path RUN = Path.of(System.getProperty("tip.root", "..")).resolve(".run");
    /** deploy/postgres.sh's JDBC base URL (deploy/test.sh exports it); the databases' roles are local demo ones. */
    static final String JDBC = Optional.ofNullable(System.getenv("TIP_PG_JDBC")).orElse("jdbc:postgresql://localhost:55432");

    private Replicas() {
    }

    /** deploy/run.sh's name of a service (its folder). */
    static String name(Stack service) {
        return switch (service) {
            case GATEWAY -> "gateway";
            case COUNTRY -> "country-service";
            case VICTIM -> "victim-service";
            case RECOMMENDATION -> "recommendation-service";
        };
    }

    static int port(Stack service, int replica) {
        return replica * 10_000 + service.port;
    }

    static String url(Stack service, int replica, String path) {
        return "http://localhost:" + port(service, replica) + path;
    }

    static long pid(Stack service, int replica) {
        try {
            return Long.parseLong(Files.readString(RUN.resolve("pids/" + name(service) + "-" + replica + ".pid")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no replica " + replica + " of " + name(service) + " (deploy/run.sh --replicas 2)", e);
        }
    }

    static String log(Stack service, int replica) {
        try {
            return Files.readString(RUN.resolve("logs/" + name(service) + "-" + replica + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A service's own database, as the service's role (deploy/postgres.sh: password = role name). */
    static Connection database(Stack service) throws SQLException {
        String db = name(service).replace("-service", "");
        return DriverManager.getConnection(JDBC + "/" + db, db, db);
    }
}
