package org.tipmonitor.recommendation.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.commons.source.SourceCatalog;

/**
 * Cross-record rules of the recommendation dataset: unique ids and list positions, ids that spell
 * their year and position, known countries and sources, no report year only where every cited source is
 * undated, and lineage links that go from a report to the same issuer's immediately preceding report
 * on the same country, at most one successor each. An undated recommendation has no lineage: without a
 * year there is no preceding or next report.
 */
class LineageCheck {

    private final List<RecommendationInput> inputs;
    private final Set<String> countryCodes;
    private final Set<String> sourceIds;
    private final Set<String> undatedSourceIds;
    private final List<String> problems;

    /** {@code undatedSourceIds}: the sources of sources.json that give no publication date. */
    LineageCheck(List<RecommendationInput> inputs, Set<String> countryCodes, Set<String> sourceIds,
            Set<String> undatedSourceIds, List<String> problems) {
        this.inputs = inputs;
        this.countryCodes = countryCodes;
        this.sourceIds = sourceIds;
        this.undatedSourceIds = undatedSourceIds;
        this.problems = problems;
    }

    void run() {
        Map<String, RecommendationInput> byId = new HashMap<>();
        Set<String> listPositions = new HashSet<>();
        Map<String, TreeSet<Integer>> reportYears = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            RecommendationInput r = inputs.get(i);
            String where = where(i);
            if (byId.putIfAbsent(r.id(), r) != null) {
                problems.add(where + ": duplicate id " + r.id());
            }
            if (!listPositions.add(series(r) + " " + r.reportYear() + " #" + r.position())) {
                problems.add(where + ": another record has position " + r.position() + " in the same report");
            }
            if (!r.id().equals(r.expectedId())) {
                problems.add(where + ": id " + r.id() + " does not match its report year and position ("
                        + r.expectedId() + ")");
            }
            if (!countryCodes.contains(r.country())) {
                problems.add(where + ": unknown country " + r.country());
            }
            r.addresseeCountries().stream().filter(c -> !countryCodes.contains(c))
                    .forEach(c -> problems.add(where + ": unknown addressee country " + c));
            SourceCatalog.checkCitations(where, r.sources(), sourceIds, problems);
            if (r.reportYear() == null) {
                r.sources().stream().map(Citation::source).filter(s -> !undatedSourceIds.contains(s)).distinct()
                        .forEach(s -> problems.add(where + ": reportYear is null, but its source " + s
                                + " is dated (sources.json gives its publication date)"));
            } else {
                reportYears.computeIfAbsent(series(r), k -> new TreeSet<>()).add(r.reportYear());
            }
        }
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            RecommendationInput r = inputs.get(i);
            if (r.previous() == null) {
                if (r.wordingChange() != null) {
                    problems.add(where(i) + ": wordingChange needs a previous form");
                }
                continue;
            }
            RecommendationInput p = byId.get(r.previous());
            if (r.reportYear() == null || p != null && p.reportYear() == null) {
                problems.add(where(i) + ": an undated recommendation has no lineage (previous " + r.previous() + ")");
                continue;
            }
            Integer preceding = reportYears.getOrDefault(series(r), new TreeSet<>()).lower(r.reportYear());
            if (p == null) {
                problems.add(where(i) + ": unknown previous " + r.previous());
            } else if (!series(p).equals(series(r)) || !Objects.equals(p.reportYear(), preceding)) {
                problems.add(where(i) + ": previous " + p.id() + " is not in " + r.issuer()
                        + "'s preceding report on " + r.country());
            } else if (!linked.add(p.id())) {
                problems.add(where(i) + ": " + p.id() + " is already the previous form of another record");
            }
        }
    }

    /** A report series: one issuer's reports on one country. */
    private static String series(RecommendationInput r) {
        return r.issuer() + " / " + r.country();
    }

    private static String where(int index) {
        return RecommendationDataset.RECOMMENDATIONS + " record " + (index + 1);
    }
}
