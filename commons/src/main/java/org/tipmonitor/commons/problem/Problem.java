package org.tipmonitor.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tipmonitor.api.validation.Checks;

/**
 * An RFC 9457 problem detail; {@code violations} names every offending field of a bad request. Every text
 * of a problem is bounded here ({@link Checks#bounded}), whoever built it: messages that quote input quote
 * an excerpt of it ({@link Checks#excerpt}), and this is the backstop for one that forgot.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        detail = Checks.bounded(detail);
    }

    public record Violation(String field, String message) {

        public Violation {
            field = Checks.bounded(field);
            message = Checks.bounded(message);
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    public static Problem invalid(List<Violation> violations) {
        return invalid(400, violations);
    }

    public static Problem invalid(int status, List<Violation> violations) {
        return new Problem("about:blank", status == 422 ? "Unprocessable Content" : "Bad Request", status,
                "The request is invalid; nothing was written.", violations);
    }
}
