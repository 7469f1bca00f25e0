package org.tipmonitor.gateway.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.tipmonitor.gateway.error.GraphErrors.Refusal;

/**
 * What one operation may take while it runs, whatever its price said: at most so many values in the
 * answer (graphql-java's own result-node limit, which stops fetching, not only writing), at most so
 * long, and nothing more once the client has gone; and per caller, at most so many operations at once.
 * A stopped operation answers what it has, the rest null, with one error saying why.
 */
final class ExecutionBudget extends SimplePerformantInstrumentation {

    /**
     * What the budget needs to know of the request being executed, read when it starts: who is asking
     * (null for a caller without a token, who gets no data anyway), and whether the client has gone.
     */
    record Request(String caller, BooleanSupplier gone) {
    }

    private final int maxResultNodes;
    private final long deadlineNanos;
    private final CallerOperations operations;
    private final Supplier<Request> request;

    ExecutionBudget(int maxResultNodes, long deadlineNanos, CallerOperations operations, Supplier<Request> request) {
        this.maxResultNodes = maxResultNodes;
        this.deadlineNanos = deadlineNanos;
        this.operations = operations;
        this.request = request;
    }

    /** One operation's account. */
    static final class Run implements InstrumentationState {
        final long deadline;
        final String caller;
        final BooleanSupplier gone;
        final AtomicBoolean holdsPermit = new AtomicBoolean();
        volatile ExecutionInput input;
        volatile ExecutionContext context;
        volatile Refusal stopped;

        Run(long deadline, Request request) {
            this.deadline = deadline;
            this.caller = request.caller();
            this.gone = request.gone();
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Run(System.nanoTime() + deadlineNanos, request.get());
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Run run = (Run) state;
        run.input = input;
        input.getGraphQLContext().put(ResultNodesInfo.MAX_RESULT_NODES, maxResultNodes);
        return input;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Run run = (Run) state;
        if (run.caller != null) {
            if (!operations.tryAcquire(run.caller)) {
                throw new AbortExecutionException(List.of(Refusal.RATE_LIMITED.error(
                        "You have " + operations.limit() + " operations running already; send this one when one has finished")));
            }
            run.holdsPermit.set(true);
        }
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> release(run));
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        ((Run) state).context = context;
        return context;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            // A plain property of a value already fetched: nothing to stop, and checking the clock and the
            // connection for each of an answer's thousands of values costs more than reading it. The
            // resolvers (which call services) are checked, and the result-node limit counts every value.
            return fetcher;
        }
        Run run = (Run) state;
        return environment -> {
            if (run.stopped == null) {
                if (System.nanoTime() > run.deadline) {
                    stop(run, Refusal.DEADLINE_EXCEEDED);
                } else if (run.gone.getAsBoolean()) {
                    stop(run, Refusal.CANCELLED);
                }
            }
            return run.stopped == null ? fetcher.get(environment) : null;
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Run run = (Run) state;
        release(run);
        Refusal why = run.stopped;
        if (why == null && run.context != null && run.context.getResultNodesInfo().isMaxResultNodesExceeded()) {
            why = Refusal.RESULT_TOO_LARGE;
        }
        if (why == null) {
            return CompletableFuture.completedFuture(result);
        }
        // Once stopped, every field left is null: the non-null ones among them are not separate errors
        // of the caller's making, and listing each would make the answer grow with what was cut.
        List<GraphQLError> errors = new ArrayList<>();
        errors.add(why.error(switch (why) {
            case RESULT_TOO_LARGE -> "The answer grew beyond " + maxResultNodes
                    + " values; what remained is left null. Ask for fewer fields or narrower lists";
            case DEADLINE_EXCEEDED -> "The query ran out of time; what remained is left null";
            default -> "The client went away; nothing more was fetched";
        }));
        result.getErrors().stream().filter(e -> !"NullValueInNonNullableField".equals(String.valueOf(e.getErrorType())))
                .limit(20).forEach(errors::add);
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    /** Stops the operation: from now on graphql-java fetches nothing more (no value fits in a zero budget). */
    private static void stop(Run run, Refusal why) {
        run.stopped = why;
        if (run.input != null) {
            run.input.getGraphQLContext().put(ResultNodesInfo.MAX_RESULT_NODES, 0);
        }
    }

    private void release(Run run) {
        if (run.holdsPermit.compareAndSet(true, false)) {
            operations.release(run.caller);
        }
    }
}
