package org.tipmonitor.victim.rest;

import java.util.Arrays;
import java.util.List;
import org.tipmonitor.commons.problem.InvalidInputException;

/**
 * Request-parameter rules shared by the resources. Repeatable and enum parameters are checked here
 * rather than by annotations, so that the problem names the query parameter itself ("country"), and
 * an unknown enum value is a 400 rather than the 404 JAX-RS gives for an unconvertible parameter.
 */
final class Codes {

    static final String COUNTRY = "[A-Z]{3}";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-3 code, e.g. RUS";
    static final String ID = "[a-z0-9-]{1,80}";
    static final int MAX_COUNTRIES = 300;

    private Codes() {
    }

    static List<String> countries(String parameter, List<String> codes) {
        if (codes.size() > MAX_COUNTRIES) {
            throw new InvalidInputException(parameter, "at most " + MAX_COUNTRIES + " countries per call");
        }
        for (String code : codes) {
            if (code == null || !code.matches(COUNTRY)) {
                throw new InvalidInputException(parameter, "'" + code + "' " + COUNTRY_MESSAGE);
            }
        }
        return codes;
    }

    static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null) {
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
