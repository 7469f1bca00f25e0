package org.tipmonitor.gateway.error;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import java.util.Locale;
import org.tipmonitor.api.validation.Checks;

/**
 * The graph's scalars take only what they say. SmallRye GraphQL's own Int coercion (2.17) wraps a literal
 * beyond 32 bits around ({@code tierSummary(year: 4294969321)} was answered as 2025: its range check
 * compares with the minimum twice) and lets a variable like 0.5 through; graphql-java's standard Int
 * refuses both, so the graph uses it. String and ID arguments refuse the characters no input may carry
 * ({@link Checks#forbiddenCharacter}: NUL and other control characters; String allows tab and line
 * breaks, ID nothing), the same rule the services apply. A refused literal is a validation error and a
 * refused variable a coercion error: both BAD_USER_INPUT (ErrorCodes), before any resolver runs.
 * Registered as a SmallRye {@link EventingService} (META-INF/services), which may replace the schema
 * before it is built.
 */
public class StrictScalars implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLSchema strict = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                return switch (scalar.getName()) {
                    case "Int" -> scalar == Scalars.GraphQLInt ? TraversalControl.CONTINUE
                            : changeNode(context, Scalars.GraphQLInt);
                    case "String" -> changeNode(context, plainText(scalar, true));
                    case "ID" -> changeNode(context, plainText(scalar, false));
                    default -> TraversalControl.CONTINUE;
                };
            }
        });
        return GraphQLSchema.newSchema(strict);
    }

    /** The same scalar, whose input values are refused when they carry a forbidden character. */
    static GraphQLScalarType plainText(GraphQLScalarType scalar, boolean multiline) {
        if (scalar.getCoercing() instanceof Checked) {
            return scalar;
        }
        return scalar.transform(b -> b.coercing(new Checked(scalar.getCoercing(), multiline)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class Checked implements Coercing {

        private final Coercing delegate;
        private final boolean multiline;

        Checked(Coercing delegate, boolean multiline) {
            this.delegate = delegate;
            this.multiline = multiline;
        }

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return delegate.serialize(value, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            return check(delegate.parseValue(input, context, locale), CoercingParseValueException::new);
        }

        @Override
        public Object parseLiteral(Value input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            return check(delegate.parseLiteral(input, variables, context, locale), CoercingParseLiteralException::new);
        }

        @Override
        public Value valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return delegate.valueToLiteral(input, context, locale);
        }

        private Object check(Object value, java.util.function.Function<String, RuntimeException> refusal) {
            if (value instanceof String text) {
                int at = Checks.forbiddenCharacter(text, multiline);
                if (at >= 0) {
                    throw refusal.apply("a string argument " + Checks.forbiddenCharacterMessage(text, at));
                }
            }
            return value;
        }
    }

}
