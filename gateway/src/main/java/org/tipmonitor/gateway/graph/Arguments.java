package org.tipmonitor.gateway.graph;

import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.gateway.error.GraphErrors;

/**
 * Checks of arguments, so that bad input is a BAD_USER_INPUT error before any service is called. The
 * rules are the services' own (org.tipmonitor.api.validation), so the graph and the services agree.
 */
final class Arguments {

    private Arguments() {
    }

    static String countryCode(String name, String code) {
        if (code != null && !Checks.isCountryCode(code)) {
            throw new GraphErrors.BadUserInput(name + " " + CountryCode.MESSAGE + ", not '" + Checks.excerpt(code) + "'");
        }
        return code;
    }

    static Integer year(String name, Integer year) {
        if (year != null && !Checks.isReportYear(year)) {
            throw new GraphErrors.BadUserInput(name + " must be a report year from " + ReportYear.FIRST + " to "
                    + ReportYear.LAST + ", not " + year);
        }
        return year;
    }
}
