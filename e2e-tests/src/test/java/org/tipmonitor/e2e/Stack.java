package org.tipmonitor.e2e;

/** Where the running services are (deploy/run.sh's defaults). */
enum Stack {
    GATEWAY(8080), COUNTRY(8081), VICTIM(8082), RECOMMENDATION(8083);

    /** Class order (junit-platform.properties): tests that stop a part of the stack run after the rest. */
    static final int STOPS_PARTS = org.junit.jupiter.api.Order.DEFAULT + 1;
    static final int STOPS_KEYCLOAK = org.junit.jupiter.api.Order.DEFAULT + 2;
    /** The scan of the stack's logs: after everything else has written to them. */
    static final int READS_LOGS = org.junit.jupiter.api.Order.DEFAULT + 3;

    final int port;

    Stack(int port) {
        this.port = port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
