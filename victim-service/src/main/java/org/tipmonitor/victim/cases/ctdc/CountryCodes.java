package org.tipmonitor.victim.cases.ctdc;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166-1 alpha-2 to alpha-3, the full table the JDK carries, plus Kosovo's user-assigned XK/XKX. */
public final class CountryCodes {

    private static final Map<String, String> ALPHA3 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            ALPHA3.put(alpha2, new Locale("", alpha2).getISO3Country());
        }
        // CTDC and many agencies code Kosovo as XK, which ISO leaves to users; XKX is the usual alpha-3.
        ALPHA3.put("XK", "XKX");
    }

    private CountryCodes() {
    }

    /** The alpha-3 code of an alpha-2 one, or null when there is no such country. */
    public static String alpha3(String alpha2) {
        return ALPHA3.get(alpha2);
    }

    /** Every alpha-2 code known, for generators and tests. */
    public static java.util.Set<String> alpha2Codes() {
        return java.util.Collections.unmodifiableSet(ALPHA3.keySet());
    }
}
