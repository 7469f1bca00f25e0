package org.tipmonitor.e2e;

/** Where the running services are (deploy/run.sh's defaults). */
enum Stack {
    GATEWAY(8080), COUNTRY(8081), VICTIM(8082), RECOMMENDATION(8083);

    final int port;

    Stack(int port) {
        this.port = port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
