package org.tipmonitor.victim.cases.ctdc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.api.validation.DataYear;

/**
 * Reads CTDC rows by header name: case-insensitive, long names possibly cut to 32 characters (as some
 * releases do), unknown columns ignored, missing optional columns read as not recorded. -99, an empty
 * cell and "Unknown" mean not recorded. Country codes are alpha-2 in the file and alpha-3 here; age
 * bands are written "0--8" in the files and "0-8" here.
 */
public final class CtdcRowParser {

    static final String YEAR = "yearOfRegistration";
    static final String GENDER = "gender";
    static final String AGE = "ageBroad";
    static final String CITIZENSHIP = "citizenship";
    static final String EXPLOITATION_COUNTRY = "CountryOfExploitation";
    /** The age bands of the CTDC standard, as this service writes them. */
    public static final List<String> AGE_BANDS =
            List.of("0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+");
    private static final Set<String> NOT_RECORDED = Set.of("", "-99", "unknown", "na", "n/a");
    private static final Pattern GENDER_TEXT = Pattern.compile("[A-Za-z][A-Za-z /-]{0,39}");
    private static final int CUT = 32;

    private final int width;
    private final int year;
    private final int gender;
    private final int age;
    private final int citizenship;
    private final int exploitationCountry;
    private final int[] flagColumns;
    private final int[] flagBits;
    private final String[] flagNames;

    private CtdcRowParser(int width, Map<String, Integer> columns) {
        this.width = width;
        this.year = columns.getOrDefault(YEAR, -1);
        this.gender = columns.getOrDefault(GENDER, -1);
        this.age = columns.getOrDefault(AGE, -1);
        this.citizenship = columns.getOrDefault(CITIZENSHIP, -1);
        this.exploitationCountry = columns.getOrDefault(EXPLOITATION_COUNTRY, -1);
        List<Integer> cols = new ArrayList<>();
        List<Integer> bits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ExploitationFlags.COLUMNS.forEach((name, bit) -> {
            if (columns.containsKey(name)) {
                cols.add(columns.get(name));
                bits.add(bit);
                names.add(name);
            }
        });
        this.flagNames = names.toArray(String[]::new);
        this.flagColumns = cols.stream().mapToInt(Integer::intValue).toArray();
        this.flagBits = bits.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A parser for files with this header; problems with the header itself go to {@code problems}. */
    public static CtdcRowParser forHeader(List<String> header, List<String> problems) {
        List<String> known = new ArrayList<>(List.of(YEAR, GENDER, AGE, CITIZENSHIP, EXPLOITATION_COUNTRY));
        known.addAll(ExploitationFlags.COLUMNS.keySet());
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            for (String column : known) {
                String full = column.toLowerCase(Locale.ROOT);
                boolean matches = name.equals(full) || (name.length() == CUT && full.startsWith(name));
                if (matches && columns.putIfAbsent(column, i) != null) {
                    problems.add("column " + column + " appears twice (columns " + (columns.get(column) + 1)
                            + " and " + (i + 1) + ")");
                }
            }
        }
        if (!columns.containsKey(YEAR)) {
            problems.add("no " + YEAR + " column: this is not a CTDC case file");
        }
        return new CtdcRowParser(header.size(), columns);
    }

    /** The row, or the reasons it is bad (then the row is null). */
    public CaseRow parse(List<String> fields, List<String> reasons) {
        if (fields.size() != width) {
            reasons.add("has " + fields.size() + " fields, the header has " + width);
            return null;
        }
        Integer y = year(cell(fields, year), reasons);
        String g = gender(cell(fields, gender), reasons);
        String a = ageBand(cell(fields, age), reasons);
        String c = country(CITIZENSHIP, cell(fields, citizenship), reasons);
        String e = country(EXPLOITATION_COUNTRY, cell(fields, exploitationCountry), reasons);
        int bits = 0;
        for (int i = 0; i < flagColumns.length; i++) {
            if (flag(flagNames[i], fields.get(flagColumns[i]), reasons)) {
                bits |= flagBits[i];
            }
        }
        return reasons.isEmpty() ? new CaseRow(y, g, a, c, e, bits) : null;
    }

    private static String cell(List<String> fields, int column) {
        if (column < 0) {
            return null;
        }
        String value = fields.get(column).trim();
        return NOT_RECORDED.contains(value.toLowerCase(Locale.ROOT)) ? null : value;
    }

    private static Integer year(String value, List<String> reasons) {
        if (value == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(value);
            if (Checks.isDataYear(y)) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reasons.add(YEAR + " '" + Checks.excerpt(value) + "' is not a year between " + DataYear.FIRST + " and " + DataYear.LAST);
        return null;
    }

    private static String gender(String value, List<String> reasons) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("male")) {
            return "Male";
        }
        if (value.equalsIgnoreCase("female")) {
            return "Female";
        }
        if (GENDER_TEXT.matcher(value).matches()) {
            return value;
        }
        reasons.add(GENDER + " '" + Checks.excerpt(value) + "' is not a gender (letters, spaces, / and -, at most 40)");
        return null;
    }

    private static String ageBand(String value, List<String> reasons) {
        if (value == null) {
            return null;
        }
        String band = value.replaceAll("-+", "-");
        if (AGE_BANDS.contains(band)) {
            return band;
        }
        reasons.add(AGE + " '" + Checks.excerpt(value) + "' is not a CTDC age band (0--8, 9--17, 18--20, 21--23, 24--26, "
                + "27--29, 30--38, 39--47, 48+)");
        return null;
    }

    private static String country(String column, String value, List<String> reasons) {
        if (value == null) {
            return null;
        }
        String alpha3 = CountryCodes.alpha3(value.toUpperCase(Locale.ROOT));
        if (alpha3 == null) {
            reasons.add(column + " '" + Checks.excerpt(value) + "' is not an ISO 3166-1 alpha-2 code");
        }
        return alpha3;
    }

    private static boolean flag(String column, String raw, List<String> reasons) {
        String value = raw.trim();
        if (value.equals("1")) {
            return true;
        }
        if (value.equals("0") || value.isEmpty() || value.equals("-99")) {
            return false;
        }
        reasons.add(column + " '" + Checks.excerpt(value) + "' is not 1, 0 or -99");
        return false;
    }
}
