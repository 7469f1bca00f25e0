package org.tipmonitor.gateway.security;

/**
 * Keycloak could not be asked for a caller's RPT (unreachable, slow or failing). The caller is not
 * refused: nothing could be decided, so the service is not called and the fields are UNAVAILABLE.
 */
public class AuthorizationServerUnavailable extends RuntimeException {

    public AuthorizationServerUnavailable(Throwable cause) {
        super("Keycloak (the authorization server) cannot be reached", cause);
    }

    /** Keycloak did not answer in time: it may be alive but busy, so the service may still decide. */
    public boolean slow() {
        return getCause() instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
    }
}
