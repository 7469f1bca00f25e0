package org.tipmonitor.gateway.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.tipmonitor.api.validation.Checks;

/**
 * Gives every error of the graph an {@code extensions.code}, like the resolvers' own (GraphErrors): the
 * errors graphql-java raises before any resolver runs carry only a classification. Its instrumentation
 * ({@link #instrumentation()}) is the last of the chain limits.QueryLimits installs, so that it sees the
 * final result of every request (the limits' own refusals carry their codes already):
 *
 * <ul>
 * <li>{@value #PARSE_FAILED}: the document is not GraphQL;</li>
 * <li>{@value GraphErrors#BAD_USER_INPUT}: an argument or variable value of the wrong type or out of range
 * (a year of 4294969321, a version of 0.5, a control character in a string), as a resolver's own check says;</li>
 * <li>{@value #VALIDATION_FAILED}: any other invalid document (an unknown field or argument, a missing one);</li>
 * <li>{@value #QUERY_TOO_COMPLEX}: graphql-java refused to run it (e.g. introspection asked in bad faith);</li>
 * <li>{@value #INTERNAL}: anything else not raised by a resolver.</li>
 * </ul>
 *
 * It also bounds every such message ({@link Checks#bounded}): graphql-java quotes argument values in
 * them, and a 1 MB argument must not come back as a 1 MB error. A resolver's error (a data fetching
 * error) is left alone: SmallRye adds its code from {@code @ErrorCode} when it writes the answer.
 */
public final class ErrorCodes {

    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String INTERNAL = "INTERNAL_SERVER_ERROR";

    /** Validation errors about a value written in the document rather than about the document's shape. */
    private static final Set<ValidationErrorType> VALUE_ERRORS = Set.of(ValidationErrorType.WrongType,
            ValidationErrorType.BadValueForDefaultArg, ValidationErrorType.NullValueForNonNullArgument);

    private ErrorCodes() {
    }

    /** Codes every error of a request's final result that has none. */
    public static Instrumentation instrumentation() {
        return new Coder();
    }

    static final class Coder extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> coded = result.getErrors().stream().map(ErrorCodes::coded).toList();
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(coded)));
        }
    }

    static GraphQLError coded(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching
                || (error.getExtensions() != null && error.getExtensions().containsKey("code"))) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", codeOf(error));
        extensions.put("classification", String.valueOf(error.getErrorType()));
        return GraphqlErrorBuilder.newError()
                .message(Checks.bounded(error.getMessage()))
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    static String codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return PARSE_FAILED;
        }
        if (type == ErrorType.ExecutionAborted) {
            return QUERY_TOO_COMPLEX;
        }
        if (error instanceof ValidationError validation) {
            return VALUE_ERRORS.contains(validation.getValidationErrorType()) ? GraphErrors.BAD_USER_INPUT
                    : VALIDATION_FAILED;
        }
        if (type == ErrorType.ValidationError) {
            // Raised while coercing the request's variables: a value, not the document's shape.
            return GraphErrors.BAD_USER_INPUT;
        }
        if (type == ErrorType.OperationNotSupported) {
            return VALIDATION_FAILED;
        }
        return INTERNAL;
    }
}
