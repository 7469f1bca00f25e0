package org.tipmonitor.commons.rest;

import java.util.Arrays;
import java.util.List;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.commons.problem.InvalidInputException;

/**
 * Query parameters that arrive as text and are checked by hand, so that the problem names the query
 * parameter itself ("status", "country") and an unknown enum constant is a 400, not the 404 JAX-RS
 * answers when it cannot convert a parameter. Every service's resources use these; the argument
 * order is always (parameter name, value, ...).
 */
public final class QueryParameters {

    /** The most countries one batch read may name. */
    public static final int MAX_COUNTRIES = 300;

    private QueryParameters() {
    }

    /** The enum constant named by {@code value}; null when the parameter is absent or blank. */
    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter,
                    "'" + shortened(value) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A repeatable country parameter: at most {@link #MAX_COUNTRIES} alpha-3 codes. */
    public static List<String> countries(String parameter, List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > MAX_COUNTRIES) {
            throw new InvalidInputException(parameter, "at most " + MAX_COUNTRIES + " countries per call");
        }
        for (String code : codes) {
            if (!Checks.isCountryCode(code)) {
                throw new InvalidInputException(parameter, "'" + shortened(code) + "' " + CountryCode.MESSAGE);
            }
        }
        return codes;
    }

    /** A bad value is echoed so the caller sees it, but never more than a short prefix of it. */
    static String shortened(String value) {
        return Checks.excerpt(value);
    }
}
