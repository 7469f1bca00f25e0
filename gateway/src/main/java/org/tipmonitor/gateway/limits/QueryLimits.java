package org.tipmonitor.gateway.limits;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.tipmonitor.gateway.config.GatewayConfig;
import org.tipmonitor.gateway.error.ErrorCodes;
import org.tipmonitor.gateway.error.GraphErrors.Refusal;

/**
 * Every limit on a GraphQL operation, in one place (settings: tip.graph.*, GatewayConfig.Graph):
 * <ol>
 * <li>before anything runs: depth, and price (ListBoundCost: lists multiply what is inside them);</li>
 * <li>while it runs: the size of the answer, a deadline, the client still being there (ExecutionBudget);</li>
 * <li>per caller: how many operations may run at once (CallerOperations).</li>
 * </ol>
 * SmallRye GraphQL builds graphql-java's engine and lets us finish the builder (CDI event, enabled by
 * quarkus.smallrye-graphql.events.enabled). Its own depth and complexity settings are left unset: its
 * complexity counts fields, not what lists multiply, and its errors carry no extensions.code. Its chain
 * (now only its document cache) runs first, ours after it; last, ErrorCodes gives graphql-java's own
 * errors their extensions.code.
 */
@ApplicationScoped
public class QueryLimits {

    @Inject
    GatewayConfig config;
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentVertxRequest request;

    void install(@Observes GraphQL.Builder graphQL) {
        GatewayConfig.Graph limits = config.graph();
        // SmallRye's own chain holds its document cache, which its request handling reads too (to know
        // an operation's type): it must stay, first, so that a document is parsed and validated once.
        Instrumentation smallRye = graphQL.build().getInstrumentation();
        graphQL.instrumentation(new ChainedInstrumentation(List.of(
                smallRye,
                new Depth(limits.maxDepth()),
                new Cost(limits.maxCost(), new ListBoundCost(limits)),
                new ExecutionBudget(limits.maxResultNodes(), limits.deadline().toNanos(),
                        new CallerOperations(limits.operationsPerCaller()), this::current),
                ErrorCodes.instrumentation())));
    }

    /** Read on the request's own thread when an operation starts. */
    private ExecutionBudget.Request current() {
        String caller = CallerOperations.callerOf(identity);
        RoutingContext context = request.getCurrent();
        HttpServerResponse response = context == null ? null : context.response();
        BooleanSupplier gone = response == null ? () -> false : response::closed;
        return new ExecutionBudget.Request(caller, gone);
    }

    private static final class Depth extends MaxQueryDepthInstrumentation {
        private final int max;

        Depth(int max) {
            super(max);
            this.max = max;
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return new AbortExecutionException(List.of(Refusal.QUERY_TOO_DEEP.error(
                    "This query nests " + depth + " levels deep; at most " + max + " are allowed")));
        }
    }

    private static final class Cost extends MaxQueryComplexityInstrumentation {
        private final long max;

        Cost(long max, ListBoundCost cost) {
            super((int) max, cost);
            this.max = max;
        }

        @Override
        protected AbortExecutionException mkAbortException(int cost, int maxCost) {
            String price = cost > max ? "more than " + max : String.valueOf(cost);
            return new AbortExecutionException(List.of(Refusal.QUERY_TOO_COSTLY.error(
                    "This query is priced at " + price + " (about the values it could return: each list multiplies "
                            + "what is asked inside it); at most " + max + " is allowed. Ask for fewer nested lists or aliases")));
        }
    }
}
