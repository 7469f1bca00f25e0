package org.tipmonitor.gateway.client;

/** A service answered 4xx: a verdict about the request, not a fault of the service. */
public class DownstreamRejection extends RuntimeException {

    private final int status;

    public DownstreamRejection(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
