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

    /** The most characters of a caller's value an error message quotes. */
    public static final int QUOTED_CHARS = 100;

    /**
     * Where {@code text} has a character no input may carry, or -1: a control character (C0, DEL, C1) — a
     * NUL cannot even be stored in PostgreSQL — except tab, line feed and carriage return where the text may
     * span lines ({@code multiline}), or half of a surrogate pair (not a character at all). The one
     * definition; the services apply it to every string of every request (body, path, query), the gateway
     * to every string argument of the graph.
     */
    public static int forbiddenCharacter(String text, boolean multiline) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** What an error says about a value with {@link #forbiddenCharacter}, naming the character by its code. */
    public static String forbiddenCharacterMessage(String text, int index) {
        return String.format("must not contain the control character U+%04X (at position %d)", (int) text.charAt(index),
                index + 1);
    }

    /**
     * A caller's value as an error message may quote it: at most {@link #QUOTED_CHARS} characters, then
     * "…", with control characters written as \\uXXXX. Every message that echoes input goes through here, so
     * that a 1 MB argument never comes back as a 1 MB error.
     */
    public static String excerpt(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        boolean cut = text.length() > QUOTED_CHARS;
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), QUOTED_CHARS); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
                quoted.append(String.format("\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return cut ? quoted.append('…').toString() : quoted.toString();
    }

    /** A whole message that may hold input nobody bounded: at most ten quotes' worth of it. */
    public static String bounded(String message) {
        int max = 10 * QUOTED_CHARS;
        return message == null || message.length() <= max ? message : message.substring(0, max) + "…";
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
