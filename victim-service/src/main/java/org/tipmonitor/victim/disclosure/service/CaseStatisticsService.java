package org.tipmonitor.victim.disclosure.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.victim.disclosure.model.CaseAggregate;
import org.tipmonitor.victim.disclosure.model.CaseFilter;
import org.tipmonitor.victim.disclosure.model.CellCount;
import org.tipmonitor.victim.disclosure.repository.CaseCountRepository;

/**
 * Aggregates of the case records, read from the case cube; individual records are never served.
 * Callers without the analyst or admin role get disclosure-controlled answers: cells under the
 * threshold hidden (with complementary suppression, see DisclosureControl), and every shown cell and
 * the total perturbed by the cell-key method (see PerturbationTable), so that the same set of records
 * gets the same published number in every answer that contains it.
 */
@ApplicationScoped
@Startup
public class CaseStatisticsService {

    @Inject
    CaseCountRepository counts;
    @Inject
    DisclosureConfig config;
    /**
     * tip.disclosure.refusals (partner queries refused before counting, by reason) and tip.disclosure.cells
     * (cells of partners' answers, shown or suppressed).
     */
    @Inject
    MeterRegistry metrics;

    private PerturbationTable perturbation;

    /** Built at start, so that a bad setting stops the service instead of the first partner request. */
    @PostConstruct
    void buildPerturbationTable() {
        perturbation = new PerturbationTable(config.threshold(), config.cellKey().maxNoise(),
                config.cellKey().variance());
    }

    /**
     * The filter shapes partners may use: a year filter is one whole year (yearFrom = yearTo, both given)
     * and countries are whole countries (the parameters' own validation). A range of years adds nothing
     * a partner needs that grouping by YEAR does not give, but every distinct range is a new set of
     * records with its own noise: overlapping ranges are the differencing and averaging attack.
     */
    public void checkPartnerFilter(CaseFilter filter) {
        if (filter.yearFrom() == null && filter.yearTo() == null) {
            return;
        }
        if (filter.yearFrom() == null) {
            throw refused("year-range", "yearFrom", "partners filter by one whole year: give yearFrom equal to "
                    + "yearTo (or group by YEAR); ranges of years are not served to partners");
        }
        if (!Objects.equals(filter.yearFrom(), filter.yearTo())) {
            throw refused("year-range", "yearTo", "partners filter by one whole year: give yearTo equal to "
                    + "yearFrom (or group by YEAR); ranges of years are not served to partners");
        }
    }

    /** @param exact exact counts (analysts, admins), else disclosure-controlled ones */
    public CaseAggregate aggregate(Collection<CaseDimension> groupBy, CaseFilter filter, boolean exact) {
        int threshold = config.threshold();
        // A fixed dimension order, so that the same grouping asked in another order gets the same answer.
        List<CaseDimension> dims = new ArrayList<>(new TreeSet<>(groupBy));
        Map<List<Object>, CellCount> found = counts.counts(dims, filter);
        CellCount total = dims.contains(CaseDimension.EXPLOITATION_TYPE) || dims.isEmpty()
                ? counts.counts(List.of(), filter).values().stream().reduce(new CellCount(0, 0), CellCount::plus)
                : found.values().stream().reduce(new CellCount(0, 0), CellCount::plus);
        Map<List<Object>, Long> cells = new HashMap<>();
        found.forEach((key, count) -> cells.put(key, count.cases()));
        List<List<Object>> keys = new ArrayList<>(cells.keySet());
        if (exact) {
            keys.sort(DisclosureControl.KEY);
            return new CaseAggregate(threshold, false, 0, dims,
                    keys.stream().map(key -> new CaseAggregate.Cell(key, cells.get(key), false)).toList(),
                    total.cases());
        }
        if (cells.size() > config.maxCells()) {
            throw refused("too-many-cells", "groupBy", "the answer would have " + cells.size()
                    + " cells, more than the " + config.maxCells() + " disclosure control handles; filter it or "
                    + "group by fewer dimensions");
        }
        DisclosureControl.Table table;
        try {
            table = new DisclosureControl(dims.size(), dims.indexOf(CaseDimension.EXPLOITATION_TYPE), cells,
                    threshold).protect();
        } catch (TooDetailed e) {
            throw refused("too-detailed", "groupBy", e.getMessage());
        }
        TreeSet<List<Object>> shown = new TreeSet<>(DisclosureControl.KEY);
        shown.addAll(keys);
        shown.addAll(table.suppressed());
        List<CaseAggregate.Cell> published = shown.stream().map(key -> {
            boolean hidden = table.suppressed().contains(key);
            return new CaseAggregate.Cell(key, hidden ? null : published(found.get(key)), hidden);
        }).toList();
        Long publishedTotal = total.cases() == 0 ? Long.valueOf(0)
                : total.cases() < threshold ? null : published(total);
        // How much disclosure control hides: cells suppressed, against cells shown.
        metrics.counter("tip.disclosure.cells", "shown", "false").increment(table.suppressed().size());
        metrics.counter("tip.disclosure.cells", "shown", "true").increment(published.size() - table.suppressed().size());
        return new CaseAggregate(threshold, true, table.suppressed().size(), dims, published, publishedTotal);
    }

    private InvalidInputException refused(String reason, String field, String message) {
        metrics.counter("tip.disclosure.refusals", "reason", reason).increment();
        return new InvalidInputException(field, message);
    }

    /** A shown count (≥ k) as partners see it: perturbed by its cell key, the same for the same records. */
    private long published(CellCount count) {
        return perturbation.perturb(count.cases(), count.keySum());
    }
}
