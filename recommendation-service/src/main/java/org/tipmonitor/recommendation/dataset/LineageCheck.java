package org.tipmonitor.recommendation.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.tipmonitor.commons.source.SourceCatalog;

/**
 * Cross-record rules of the recommendation dataset: unique ids and list positions, ids that spell
 * their year and position, known countries and sources, and lineage links that go from a report to
 * the same issuer's immediately preceding report on the same country, at most one successor each.
 */
class LineageCheck {

    private final List<RecommendationInput> inputs;
    private final Set<String> countryCodes;
    private final Set<String> sourceIds;
    private final List<String> problems;

    LineageCheck(List<RecommendationInput> inputs, Set<String> countryCodes, Set<String> sourceIds,
            List<String> problems) {
        this.inputs = inputs;
        this.countryCodes = countryCodes;
        this.sourceIds = sourceIds;
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
            reportYears.computeIfAbsent(series(r), k -> new TreeSet<>()).add(r.reportYear());
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
            Integer preceding = reportYears.get(series(r)).lower(r.reportYear());
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
