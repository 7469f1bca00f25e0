package org.tipmonitor.gateway.graph;

import org.tipmonitor.gateway.error.GraphErrors;

/** Checks of arguments, so that bad input is a BAD_USER_INPUT error before any service is called. */
final class Arguments {

    private Arguments() {
    }

    static String countryCode(String name, String code) {
        if (code != null && !code.matches("[A-Z]{3}")) {
            throw new GraphErrors.BadUserInput(name + " must be an ISO 3166-1 alpha-3 code such as RUS, not '" + code + "'");
        }
        return code;
    }

    static Integer year(String name, Integer year) {
        if (year != null && (year < 2001 || year > 2100)) {
            throw new GraphErrors.BadUserInput(name + " must be a report year between 2001 and 2100, not " + year);
        }
        return year;
    }
}
