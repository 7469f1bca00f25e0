package org.tipmonitor.gateway.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import java.util.Map;
import org.tipmonitor.gateway.config.GatewayConfig;

/**
 * The price of a field: its own cost plus, for a list, what is selected inside it times the most items
 * the list returns. So {@code countries { recommendations { country { recommendations { id } } } }}
 * costs what its answer could hold (countries × recommendations × recommendations), not the handful of
 * fields it names, and aliases each pay in full. Introspection lists are as long as the schema, not
 * the data, and count once (the result-node limit still bounds them).
 */
final class ListBoundCost implements FieldComplexityCalculator {

    /** The parser's limit on tokens in a document (graphql-java's default, kept by SmallRye): fields are fewer. */
    static final int MAX_FIELDS = 15_000;

    private final int defaultBound;
    private final Map<String, Integer> bounds;
    private final Map<String, Integer> costs;
    private final int ceiling;

    ListBoundCost(GatewayConfig.Graph limits) {
        // No field is priced above "too costly": graphql-java adds siblings' prices as ints, and a
        // query of many aliases at Integer.MAX_VALUE would wrap to a negative, i.e. cheap, total.
        // A document has at most MAX_FIELDS fields, so sums of prices at this ceiling cannot wrap.
        if (limits.maxCost() >= Integer.MAX_VALUE / MAX_FIELDS) {
            throw new IllegalArgumentException("tip.graph.max-cost must be below " + Integer.MAX_VALUE / MAX_FIELDS);
        }
        this.ceiling = (int) limits.maxCost() + 1;
        this.defaultBound = limits.defaultListBound();
        this.bounds = Map.copyOf(limits.listBounds());
        this.costs = Map.copyOf(limits.fieldCosts());
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        String field = environment.getParentType().getName() + "." + environment.getFieldDefinition().getName();
        long own = costs.getOrDefault(field, 1);
        long items = isList(environment) && !environment.getParentType().getName().startsWith("__")
                ? bounds.getOrDefault(field, defaultBound) : 1;
        long inside = childComplexity < 0 ? ceiling : childComplexity; // a wrapped sum is a huge one
        return (int) Math.min(ceiling, own + items * inside);
    }

    private static boolean isList(FieldComplexityEnvironment environment) {
        return GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()) instanceof GraphQLList;
    }
}
