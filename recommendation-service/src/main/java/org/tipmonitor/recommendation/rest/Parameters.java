package org.tipmonitor.recommendation.rest;

import java.util.Arrays;
import org.tipmonitor.commons.problem.InvalidInputException;

/** Enum query parameters arrive as text: JAX-RS answers 404 to an unknown constant, we answer 400 naming the parameter. */
final class Parameters {

    private Parameters() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter,
                    "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
