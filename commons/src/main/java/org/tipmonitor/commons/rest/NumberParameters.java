package org.tipmonitor.commons.rest;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.commons.problem.InvalidParameterException;

/**
 * Whole-number parameters (int, Integer, long, Long): "year=abc" or "year=4294969321" is a 400 naming
 * the parameter, not the 404 JAX-RS answers when it cannot convert a path or query parameter (which
 * says "no such resource" about a resource that exists). Text parameters that name enum constants are
 * read by {@link QueryParameters}. A missing or empty parameter stays absent (null), as before.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Whole<>(nameOf(annotations), Integer::valueOf, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Whole<>(nameOf(annotations), Long::valueOf, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return null;
    }

    static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof MatrixParam m) {
                return m.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }

    record Whole<N extends Number>(String name, Function<String, N> parse, long min, long max)
            implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(name, "must be a whole number from " + min + " to " + max
                        + ", not '" + Checks.excerpt(value) + "'");
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }
}
