package org.tipmonitor.victim.disclosure.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.victim.disclosure.model.CaseAggregate;
import org.tipmonitor.victim.disclosure.model.CaseFilter;
import org.tipmonitor.victim.disclosure.repository.CaseCountRepository;

/**
 * Aggregates of the case records, read from the case cube; individual records are never served.
 * Callers without the analyst or admin role get disclosure-controlled answers (see DisclosureControl).
 */
@ApplicationScoped
public class CaseStatisticsService {

    @Inject
    CaseCountRepository counts;
    @Inject
    DisclosureConfig config;

    /** @param exact exact counts (analysts, admins), else disclosure-controlled ones */
    public CaseAggregate aggregate(Collection<CaseDimension> groupBy, CaseFilter filter, boolean exact) {
        int threshold = config.threshold();
        // A fixed dimension order, so that the same grouping asked in another order gets the same answer.
        List<CaseDimension> dims = new ArrayList<>(new TreeSet<>(groupBy));
        Map<List<Object>, Long> cells = counts.counts(dims, filter);
        long total = dims.contains(CaseDimension.EXPLOITATION_TYPE) || dims.isEmpty()
                ? counts.counts(List.of(), filter).values().stream().mapToLong(Long::longValue).sum()
                : cells.values().stream().mapToLong(Long::longValue).sum();
        List<List<Object>> keys = new ArrayList<>(cells.keySet());
        if (exact) {
            keys.sort(DisclosureControl.KEY);
            return new CaseAggregate(threshold, false, 0, dims,
                    keys.stream().map(key -> new CaseAggregate.Cell(key, cells.get(key), false)).toList(), total);
        }
        if (cells.size() > config.maxCells()) {
            throw new InvalidInputException("groupBy", "the answer would have " + cells.size()
                    + " cells, more than the " + config.maxCells() + " disclosure control handles; filter it or "
                    + "group by fewer dimensions");
        }
        DisclosureControl.Table table;
        try {
            table = new DisclosureControl(dims.size(), dims.indexOf(CaseDimension.EXPLOITATION_TYPE), cells,
                    threshold).protect();
        } catch (TooDetailed e) {
            throw new InvalidInputException("groupBy", e.getMessage());
        }
        TreeSet<List<Object>> shown = new TreeSet<>(DisclosureControl.KEY);
        shown.addAll(keys);
        shown.addAll(table.suppressed());
        List<CaseAggregate.Cell> published = shown.stream().map(key -> {
            boolean hidden = table.suppressed().contains(key);
            return new CaseAggregate.Cell(key, hidden ? null : cells.get(key), hidden);
        }).toList();
        Long publishedTotal = total > 0 && total < threshold ? null : total;
        return new CaseAggregate(threshold, true, table.suppressed().size(), dims, published, publishedTotal);
    }
}
