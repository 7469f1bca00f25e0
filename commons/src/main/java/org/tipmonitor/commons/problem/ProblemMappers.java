package org.tipmonitor.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.commons.rest.TextInput;

/** Every error a service answers is problem+json; these mappers are the one place that says how. */
public class ProblemMappers {

    /** Conflicts answered (409), by what clashed: an operator sees writers racing or editing stale copies. */
    private final Counter staleVersions;
    private final Counter duplicates;

    @Inject
    public ProblemMappers(MeterRegistry registry) {
        staleVersions = conflicts(registry, "version");
        duplicates = conflicts(registry, "duplicate");
    }

    private static Counter conflicts(MeterRegistry registry, String kind) {
        return Counter.builder("tip.conflicts").description("Writes answered 409 Conflict, by what clashed")
                .tag("kind", kind).register(registry);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(Problem.invalid(violations));
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = e instanceof TextInput.RefusedText
                ? e.getOriginalMessage()
                : e instanceof InvalidFormatException ife && ife.getTargetType().isEnum()
                ? "'" + Checks.excerpt(ife.getValue()) + "' is not one of "
                        + Arrays.toString(ife.getTargetType().getEnumConstants())
                : "cannot be read as " + (e.getTargetType() == null ? "the expected type" : e.getTargetType().getSimpleName());
        return respond(Problem.invalid(List.of(new Problem.Violation(field.isEmpty() ? "body" : field, message))));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1)
    public Response malformed(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatched) {
            return unreadable(mismatched);
        }
        // Jackson's own messages may quote the input ("Unrecognized token 'aaaa…'"): bounded like every echo.
        String detail = e instanceof JsonMappingException ? Checks.bounded(e.getOriginalMessage())
                : "The body is not well-formed JSON.";
        return respond(new Problem("about:blank", "Bad Request", 400, detail, List.of()));
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return respond(Problem.invalid(e.status(), List.of(new Problem.Violation(e.field(), e.getMessage()))));
    }

    /** A path or query parameter that is not what the resource method takes (a number, a plain text). */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return respond(Problem.invalid(List.of(new Problem.Violation(e.parameter(), e.getMessage()))));
    }

    /** A unique key the database enforces (two writers racing to create the same row) is a conflict. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        if ("23505".equals(e.getSQLState())) {
            duplicates.increment();
        }
        return "23505".equals(e.getSQLState())
                ? respond(Problem.of(409, "Conflict", "A record with the same key exists already."))
                : respond(Problem.of(400, "Bad Request", "The request breaks a rule of the stored data: "
                        + e.getConstraintName()));
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e) {
        staleVersions.increment();
        return respond(Problem.of(409, "Conflict", "Someone else changed this record first; read it again and retry."));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        (e.kind() == ConflictException.Kind.VERSION ? staleVersions : duplicates).increment();
        return web(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The request field a violation is about: its path below the method and the method's parameter. */
    static String fieldOf(ConstraintViolation<?> violation) {
        // Container elements print as ".<list element>"; the index before them already names the item.
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        String method = null;
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                break;
            }
        }
        if (method == null || parameter == null) {
            return path;
        }
        String prefix = method + "." + parameter;
        if (path.startsWith(prefix + ".")) {
            return path.substring(prefix.length() + 1);
        }
        // The parameter itself, or an element of it: "countries[1]".
        return path.startsWith(prefix) ? parameter + path.substring(prefix.length()) : path;
    }
}
