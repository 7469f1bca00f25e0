package org.tipmonitor.api.validation;

import java.util.regex.Pattern;

/**
 * The rules of {@link CountryCode}, {@link ReportYear} and {@link DataYear} for code that has a value in hand rather
 * than an annotated field: the gateway's GraphQL arguments, cells of an imported file.
 */
public final class Checks {

    private static final Pattern COUNTRY_CODE = Pattern.compile(CountryCode.PATTERN);
    private static final Pattern REQUEST_ID = Pattern.compile(RequestId.PATTERN);

    private Checks() {
    }

    public static boolean isCountryCode(String code) {
        return code != null && COUNTRY_CODE.matcher(code).matches();
    }

    public static boolean isRequestId(String key) {
        return key != null && REQUEST_ID.matcher(key).matches();
    }

    /** A long, so that a number beyond int (4294969321) is refused rather than wrapped around. */
    public static boolean isReportYear(long year) {
        return year >= ReportYear.FIRST && year <= ReportYear.LAST;
    }

    public static boolean isDataYear(long year) {
        return year >= DataYear.FIRST && year <= DataYear.LAST;
    }
}
