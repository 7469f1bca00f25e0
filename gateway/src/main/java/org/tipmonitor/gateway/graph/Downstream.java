package org.tipmonitor.gateway.graph;

import io.smallrye.mutiny.Uni;
import org.tipmonitor.gateway.client.DownstreamRejection;
import org.tipmonitor.gateway.error.GraphErrors;
import org.tipmonitor.gateway.security.AuthorizationServerUnavailable;

/** Translates what a service call failed with into the graph's error codes. */
final class Downstream {

    private Downstream() {
    }

    /** A failed call becomes its error; when the service is unavailable the field gets {@code partial}. */
    static <T> Uni<T> call(String service, Uni<T> call, Object partial) {
        return call.onFailure().transform(e -> translate(service, e, partial));
    }

    /**
     * As {@link #call}, for a write: when the service does not answer, the write may still have been
     * done, and the error says so and how to find out without writing twice (retry with the same requestId).
     */
    static <T> Uni<T> write(String service, Uni<T> call) {
        return call.onFailure().transform(e -> {
            Throwable translated = translate(service, e, null);
            return translated instanceof GraphErrors.Unavailable ? new GraphErrors.Unavailable(service, null,
                    "; the write may have been recorded: retry with the same requestId to get its result") : translated;
        });
    }

    /** As {@link #call}, but a 404 is an answer: null. */
    static <T> Uni<T> orNull(String service, Uni<T> call) {
        return call(service, call.onFailure(e -> e instanceof DownstreamRejection r && r.status() == 404).recoverWithNull(),
                null);
    }

    static Throwable translate(String service, Throwable e, Object partial) {
        if (e instanceof org.eclipse.microprofile.graphql.GraphQLException || e.getClass().getEnclosingClass() == GraphErrors.class) {
            return e;
        }
        if (causedBy(e, AuthorizationServerUnavailable.class)) {
            // Keycloak is down: nothing was decided about this caller, so never FORBIDDEN.
            return new GraphErrors.Unavailable(service, partial);
        }
        if (e instanceof DownstreamRejection rejection) {
            return switch (rejection.status()) {
                case 401 -> new GraphErrors.Unauthenticated();
                case 403 -> new GraphErrors.Forbidden(service + " refused: " + rejection.getMessage());
                case 404 -> new GraphErrors.NotFound(rejection.getMessage());
                case 409 -> new GraphErrors.Conflict(rejection.getMessage());
                case 429 -> new GraphErrors.RateLimited(service + " refused: " + rejection.getMessage());
                default -> new GraphErrors.BadUserInput(rejection.getMessage());
            };
        }
        return new GraphErrors.Unavailable(service, partial);
    }

    /** The REST client may wrap what its headers factory failed with. */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
