package org.tipmonitor.recommendation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.recommendation.model.Recommendation;

/** Recommendations with their current status as RFC 4180 CSV, one row each, with a header row. */
@ApplicationScoped
public class RecommendationCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final String[] HEADER = {"id", "countryCode", "reportYear", "pillar", "position", "status", "version",
        "lastUpdatedAt", "yearsOutstanding", "previousId", "issuer", "addressee", "text", "sources"};

    public String write(List<Recommendation> recommendations) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Recommendation r : recommendations) {
                csv.printRecord(r.id, r.countryCode, r.reportYear, r.pillar, r.position, r.status, r.version,
                        r.lastUpdatedAt == null ? null : r.lastUpdatedAt.atOffset(ZoneOffset.UTC),
                        r.yearsOutstanding, r.previousId, r.issuer, r.addressee, r.text, sources(r.sources));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Citations as "source id: section", separated by "; ". */
    private static String sources(List<Citation> citations) {
        return citations.stream().map(c -> c.source() + ": " + c.section()).collect(Collectors.joining("; "));
    }
}
