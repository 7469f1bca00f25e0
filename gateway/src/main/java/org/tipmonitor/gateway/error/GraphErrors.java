package org.tipmonitor.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.tipmonitor.api.validation.Checks;

/**
 * The errors the gateway answers with; each carries the contract's {@code extensions.code}. Messages are
 * bounded ({@link Checks#bounded}); those that quote an argument quote an excerpt of it. The errors
 * graphql-java raises itself (parse, validation, limits) get their codes from {@link ErrorCodes}.
 */
public final class GraphErrors {

    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";

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
            super(Checks.bounded(message));
        }
    }

    @ErrorCode(BAD_USER_INPUT)
    public static class BadUserInput extends RuntimeException {
        public BadUserInput(String message) {
            super(Checks.bounded(message));
        }
    }

    @ErrorCode("NOT_FOUND")
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(Checks.bounded(message));
        }
    }

    @ErrorCode("CONFLICT")
    public static class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(Checks.bounded(message));
        }
    }

    /**
     * A service is down or slow: the fields it serves are left null (or empty where the contract does
     * not allow null), the rest is answered. A GraphQL exception, as only those carry a partial result.
     */
    @ErrorCode("UNAVAILABLE")
    public static class Unavailable extends GraphQLException {
        public Unavailable(String service, Object partialResult) {
            this(service, partialResult, "; its fields are left empty");
        }

        public Unavailable(String service, Object partialResult, String consequence) {
            super(service + " is unavailable" + consequence, partialResult);
        }
    }
}
