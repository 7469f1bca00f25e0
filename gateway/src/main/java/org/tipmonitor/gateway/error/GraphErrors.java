package org.tipmonitor.gateway.error;

import graphql.GraphQLError;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorClassification;
import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;
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
     * The caller has used what it may for now: as many case aggregates running as it may (limits.HeavyCallLimit),
     * or a service's quota for it (HTTP 429, e.g. victim-service's daily partner budget).
     */
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
            this(service, partialResult, "; its fields are left empty");
        }

        public Unavailable(String service, Object partialResult, String consequence) {
            super(service + " is unavailable" + consequence, partialResult);
        }
    }

    /**
     * Why a whole request was refused or cut short by the gateway's limits (limits.QueryLimits), each
     * its own {@code extensions.code}. They are errors of the request, not of a field; SmallRye
     * GraphQL writes the extensions of such errors only for validation errors, hence their form.
     */
    public enum Refusal implements ValidationErrorClassification {
        /** Nested deeper than allowed; refused before anything ran. */
        QUERY_TOO_DEEP,
        /** Could return more than allowed (lists multiply); refused before anything ran. */
        QUERY_TOO_COSTLY,
        /** Grew beyond the most values an answer may hold; the rest is left null. */
        RESULT_TOO_LARGE,
        /** Ran out of time; what remained is left null. */
        DEADLINE_EXCEEDED,
        /** The client went away; nothing more was fetched for it. */
        CANCELLED,
        /** The caller has as many operations running as it may; try again when one has finished. */
        RATE_LIMITED;

        public GraphQLError error(String description) {
            return ValidationError.newValidationError()
                    .validationErrorType(this)
                    .description(description)
                    .extensions(Map.of("code", name()))
                    .build();
        }
    }
}
