package org.tipmonitor.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;

/**
 * The errors the gateway answers with; each carries the contract's {@code extensions.code}.
 */
public final class GraphErrors {

    private GraphErrors() {
    }

    @ErrorCode("UNAUTHENTICATED")
    public static class Unauthenticated extends RuntimeException {
        public Unauthenticated() {
            super("Sign in: every request needs a valid token of the tip-monitor realm");
        }
    }

    @ErrorCode("FORBIDDEN")
    public static class Forbidden extends RuntimeException {
        public Forbidden(String message) {
            super(message);
        }
    }

    @ErrorCode("BAD_USER_INPUT")
    public static class BadUserInput extends RuntimeException {
        public BadUserInput(String message) {
            super(message);
        }
    }

    @ErrorCode("NOT_FOUND")
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    @ErrorCode("CONFLICT")
    public static class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** A service's quota for this caller is spent (HTTP 429), e.g. victim-service's daily partner budget. */
    @ErrorCode("RATE_LIMITED")
    public static class RateLimited extends RuntimeException {
        public RateLimited(String message) {
            super(message);
        }
    }

    /**
     * A service is down or slow: the fields it serves are left null (or empty where the contract does
     * not allow null), the rest is answered. A GraphQL exception, as only those carry a partial result.
     */
    @ErrorCode("UNAVAILABLE")
    public static class Unavailable extends GraphQLException {
        public Unavailable(String service, Object partialResult) {
            super(service + " is unavailable; its fields are left empty", partialResult);
        }
    }
}
