package org.tipmonitor.victim.cases.ctdc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes synthetic CTDC case files in the 2018 global dataset's layout (its column order and spellings,
 * e.g. CountryofExploitation, 0--8 age bands, -99 for not recorded). The same seed gives the same bytes.
 * Skew follows the shape of the real data: most records are recent, most victims are women in sexual
 * exploitation or men in forced labor, a few citizenships and destinations dominate and a long tail of
 * rare ones yields the small cells disclosure control is for.
 *
 * <pre>java -cp victim-service/target/classes org.tipmonitor.victim.cases.ctdc.CaseFileGenerator ROWS SEED [FILE]</pre>
 */
public final class CaseFileGenerator {

    static final String[] COLUMNS = {"yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus",
        "majorityStatusAtExploit", "majorityEntry", "citizenship", "meansOfControlDebtBondage",
        "meansOfControlTakesEarnings", "meansOfControlRestrictsFinancialAccess", "meansOfControlThreats",
        "meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse", "meansOfControlSexualAbuse",
        "meansOfControlFalsePromises", "meansOfControlPsychoactiveSubstances", "meansOfControlRestrictsMovement",
        "meansOfControlRestrictsMedicalCare", "meansOfControlExcessiveWorkingHours", "meansOfControlUsesChildren",
        "meansOfControlThreatOfLawEnforcement", "meansOfControlWithholdsNecessities",
        "meansOfControlWithholdsDocuments", "meansOfControlOther", "meansOfControlNotSpecified",
        "meansOfControlConcatenated", "isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour",
        "isForcedMarriage", "isForcedMilitary", "isOrganRemoval", "typeOfExploitConcatenated",
        "typeOfLabourAgriculture", "typeOfLabourAquafarming", "typeOfLabourBegging", "typeOfLabourConstruction",
        "typeOfLabourDomesticWork", "typeOfLabourHospitality", "typeOfLabourIllicitActivities",
        "typeOfLabourManufacturing", "typeOfLabourMiningOrDrilling", "typeOfLabourPeddling",
        "typeOfLabourTransportation", "typeOfLabourOther", "typeOfLabourNotSpecified", "typeOfLabourConcatenated",
        "typeOfSexProstitution", "typeOfSexPornography", "typeOfSexRemoteInteractiveServices",
        "typeOfSexPrivateSexualServices", "typeOfSexConcatenated", "isAbduction", "RecruiterRelationship",
        "CountryofExploitation", "recruiterRelationIntimatePartner", "recruiterRelationFriend",
        "recruiterRelationFamily", "recruiterRelationOther", "recruiterRelationUnknown"};
    /** Frequent citizenships first; weights fall off as 1/rank, so the tail is thin. */
    private static final String[] CITIZENSHIPS = {"UA", "PH", "MD", "ID", "KH", "BY", "NG", "UZ", "RU", "KG",
        "TJ", "RO", "CN", "VN", "MM", "NP", "BD", "HT", "CU", "KP", "US", "MX", "GH", "ET", "LK", "TH", "AF",
        "SY", "IQ", "ER", "BG", "AL", "KZ", "GE", "AM", "AZ", "SN", "CM", "VE", "CO", "BO", "PY", "LA", "PK",
        "IN", "MA", "DZ", "SD", "SO", "UG"};
    private static final String[] DESTINATIONS = {"RU", "US", "TH", "MY", "AE", "TR", "SA", "PL", "IT", "DE",
        "QA", "KW", "CN", "JP", "ES", "GB", "FR", "CY", "IL", "BH", "LB", "JO", "CZ", "SG", "KR"};
    private static final String[] AGE_BANDS = {"0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38",
        "39--47", "48+"};
    private static final double[] ADULT_AGE_WEIGHTS = {0, 0, 18, 20, 16, 12, 20, 10, 4};
    private static final String[] RELATIONS = {"Intimate Partner", "Friend", "Family", "Other", "Unknown"};

    private final SplittableRandom random;
    private final double[] citizenshipWeights = zipf(CITIZENSHIPS.length);
    private final double[] destinationWeights = zipf(DESTINATIONS.length);

    public CaseFileGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CaseFileGenerator ROWS SEED [FILE]  (standard output without FILE)");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0]);
        long seed = Long.parseLong(args[1]);
        try (Writer out = args.length > 2
                ? Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            new CaseFileGenerator(seed).write(out, rows);
        }
    }

    /** Writes the header and {@code rows} records. */
    public void write(Writer out, long rows) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write('\n');
        StringBuilder line = new StringBuilder(512);
        for (long i = 0; i < rows; i++) {
            line.setLength(0);
            record(line);
            out.append(line);
        }
    }

    private void record(StringBuilder s) {
        boolean female = random.nextDouble() < 0.72;
        String gender = random.nextDouble() < 0.02 ? "Unknown" : female ? "Female" : "Male";
        boolean minor = random.nextDouble() < 0.22;
        boolean ageKnown = random.nextDouble() < 0.85;
        String age = !ageKnown ? "-99" : minor ? (random.nextDouble() < 0.2 ? "0--8" : "9--17")
                : AGE_BANDS[pick(ADULT_AGE_WEIGHTS)];
        String majority = !ageKnown && random.nextDouble() < 0.5 ? "-99" : minor ? "Minor" : "Adult";
        String citizenship = random.nextDouble() < 0.05 ? "-99" : CITIZENSHIPS[pick(citizenshipWeights)];
        String destination = random.nextDouble() < 0.08 ? "-99"
                : random.nextDouble() < 0.35 && !citizenship.equals("-99") ? citizenship
                : DESTINATIONS[pick(destinationWeights)];
        boolean sex;
        boolean labour;
        boolean marriage = false;
        boolean military = false;
        boolean organ = false;
        boolean other = false;
        double form = random.nextDouble();
        if (female) {
            sex = form < 0.62;
            labour = form >= 0.62 && form < 0.90 || form >= 0.97;
            marriage = form >= 0.90 && form < 0.94;
            other = form >= 0.94 && form < 0.97;
        } else {
            labour = form < 0.80;
            sex = form >= 0.80 && form < 0.85 || form >= 0.985;
            military = form >= 0.85 && form < 0.90;
            organ = form >= 0.90 && form < 0.91;
            other = form >= 0.91 && form < 0.985;
        }
        if (random.nextDouble() < 0.03) {
            sex = labour = marriage = military = organ = other = false;
        }
        int year = 2002 + pick(YEAR_WEIGHTS);
        s.append(year).append(random.nextDouble() < 0.7 ? ",Case Management" : ",Hotline").append(',')
                .append(gender).append(',').append(age).append(',').append(majority).append(',')
                .append(majority).append(',').append(majority).append(',').append(citizenship);
        StringBuilder means = new StringBuilder();
        for (int m = 0; m < 18; m++) {
            boolean on = random.nextDouble() < 0.15;
            s.append(',').append(on ? '1' : '0');
            if (on) {
                means.append(means.length() == 0 ? "" : ";").append(COLUMNS[8 + m].substring(14));
            }
        }
        s.append(',').append(means.length() == 0 ? "-99" : means);
        s.append(',').append(flag(labour)).append(',').append(flag(sex)).append(',').append(flag(other))
                .append(',').append(flag(sex && labour)).append(',').append(flag(marriage))
                .append(',').append(flag(military)).append(',').append(flag(organ))
                .append(',').append(sex && labour ? "Sexual exploitation;Forced labour"
                        : sex ? "Sexual exploitation" : labour ? "Forced labour" : "-99");
        for (int t = 0; t < 13; t++) {
            s.append(',').append(labour && random.nextDouble() < 0.1 ? '1' : '0');
        }
        s.append(",-99");
        for (int t = 0; t < 4; t++) {
            s.append(',').append(sex && random.nextDouble() < 0.25 ? '1' : '0');
        }
        s.append(",-99,").append(random.nextDouble() < 0.05 ? '1' : '0');
        int relation = random.nextInt(RELATIONS.length);
        s.append(',').append(RELATIONS[relation]).append(',').append(destination);
        for (int r = 0; r < RELATIONS.length; r++) {
            s.append(',').append(r == relation ? '1' : '0');
        }
        s.append('\n');
    }

    private static final double[] YEAR_WEIGHTS = new double[22];

    static {
        for (int i = 0; i < YEAR_WEIGHTS.length; i++) {
            YEAR_WEIGHTS[i] = Math.pow(i + 2, 1.5);
        }
    }

    private static char flag(boolean on) {
        return on ? '1' : '0';
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double[] zipf(int n) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, 1.2);
        }
        return weights;
    }
}
