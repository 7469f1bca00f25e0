package org.tipmonitor.recommendation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.recommendation.model.Recommendation;

/**
 * Recommendations with their current status as RFC 4180 CSV, one row each, with a header row. It holds
 * no recordedBy. The text is built in memory (CSVFormat.format quotes each row), so this writer, like
 * every mapper, does no I/O: the resource sends what it returns.
 */
@ApplicationScoped
public class RecommendationCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final CSVFormat FORMAT = CSVFormat.RFC4180;
    static final String[] HEADER = {"id", "countryCode", "reportYear", "pillar", "position", "status", "version",
        "lastUpdatedAt", "yearsOutstanding", "previousId", "issuer", "addressee", "text", "sources"};

    public String write(List<Recommendation> recommendations) {
        StringBuilder csv = new StringBuilder(row((Object[]) HEADER));
        for (Recommendation r : recommendations) {
            csv.append(row(r.id, r.countryCode, r.reportYear, r.pillar, r.position, r.status, r.version,
                    RecommendationMapper.utc(r.lastUpdatedAt), r.yearsOutstanding, r.previousId, r.issuer,
                    r.addressee, r.text, sources(r.sources)));
        }
        return csv.toString();
    }

    /** One record, quoted as RFC 4180 says, ended by its record separator (CRLF). */
    private static String row(Object... values) {
        return FORMAT.format(values) + FORMAT.getRecordSeparator();
    }

    /** Citations as "source id: section", separated by "; ". */
    private static String sources(List<Citation> citations) {
        return citations.stream().map(c -> c.source() + ": " + c.section()).collect(Collectors.joining("; "));
    }
}
