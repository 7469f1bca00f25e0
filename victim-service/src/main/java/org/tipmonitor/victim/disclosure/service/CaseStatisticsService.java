package org.tipmonitor.victim.disclosure.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tipmonitor.api.victim.CaseCellView;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.api.victim.CaseStatisticsView;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.victim.cases.repository.CaseCube;
import org.tipmonitor.victim.disclosure.model.CaseFilter;

/**
 * Aggregates of the case records, read from the case cube; individual records are never served.
 * Callers without the analyst or admin role get disclosure-controlled answers (see DisclosureControl).
 */
@ApplicationScoped
public class CaseStatisticsService {

    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "tip.disclosure.threshold", defaultValue = "11")
    int threshold;
    @ConfigProperty(name = "tip.disclosure.max-cells", defaultValue = "5000")
    int maxCells;

    public CaseStatisticsView aggregate(Collection<CaseDimension> groupBy, CaseFilter filter, boolean exact) {
        // A fixed dimension order, so that the same grouping asked in another order gets the same answer.
        List<CaseDimension> dims = new ArrayList<>(new TreeSet<>(groupBy));
        Map<List<Object>, Long> cells = cells(dims, filter);
        long total = dims.contains(CaseDimension.EXPLOITATION_TYPE) || dims.isEmpty()
                ? cells(List.of(), filter).values().stream().mapToLong(Long::longValue).sum()
                : cells.values().stream().mapToLong(Long::longValue).sum();
        List<List<Object>> keys = new ArrayList<>(cells.keySet());
        if (exact) {
            keys.sort(DisclosureControl.KEY);
            return new CaseStatisticsView(threshold, false, 0,
                    keys.stream().map(key -> cell(dims, key, cells.get(key), false)).toList(), total);
        }
        if (cells.size() > maxCells) {
            throw new InvalidInputException("groupBy", "the answer would have " + cells.size()
                    + " cells, more than the " + maxCells + " disclosure control handles; filter it or group by "
                    + "fewer dimensions");
        }
        DisclosureControl.Table table;
        try {
            table = new DisclosureControl(dims.size(), dims.indexOf(CaseDimension.EXPLOITATION_TYPE), cells,
                    threshold).protect();
        } catch (DisclosureControl.TooDetailed e) {
            throw new InvalidInputException("groupBy", e.getMessage());
        }
        TreeSet<List<Object>> shown = new TreeSet<>(DisclosureControl.KEY);
        shown.addAll(keys);
        shown.addAll(table.suppressed());
        List<CaseCellView> views = shown.stream().map(key -> {
            boolean hidden = table.suppressed().contains(key);
            return cell(dims, key, hidden ? null : cells.get(key), hidden);
        }).toList();
        Long published = total > 0 && total < threshold ? null : total;
        return new CaseStatisticsView(threshold, true, table.suppressed().size(), views, published);
    }

    private static CaseCellView cell(List<CaseDimension> dims, List<Object> key, Long count, boolean suppressed) {
        Object[] v = new Object[CaseDimension.values().length];
        for (int i = 0; i < dims.size(); i++) {
            v[dims.get(i).ordinal()] = key.get(i);
        }
        return new CaseCellView((Integer) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                v[5] == null ? null : ExploitationType.valueOf((String) v[5]), count, suppressed);
    }

    /** The SQL expression of a dimension: a column of the case cube (c) or of the flag table (f). */
    private static String column(CaseDimension dimension) {
        return switch (dimension) {
            case YEAR -> "c.year";
            case CITIZENSHIP -> "c.citizenship";
            case COUNTRY_OF_EXPLOITATION -> "c.country_of_exploitation";
            case GENDER -> "c.gender";
            case AGE_BROAD -> "c.age_broad";
            case EXPLOITATION_TYPE -> "f.type";
        };
    }

    /** Counts per combination of the dimensions' values (one empty key without dimensions). */
    private Map<List<Object>, Long> cells(List<CaseDimension> dims, CaseFilter filter) {
        String columns = String.join(", ", dims.stream().map(CaseStatisticsService::column).toList());
        Set<String> needed = new HashSet<>();
        dims.stream().filter(d -> d != CaseDimension.EXPLOITATION_TYPE)
                .forEach(d -> needed.add(column(d).substring("c.".length())));
        if (filter.yearFrom() != null || filter.yearTo() != null) {
            needed.add("year");
        }
        if (filter.citizenship() != null) {
            needed.add("citizenship");
        }
        if (filter.countryOfExploitation() != null) {
            needed.add("country_of_exploitation");
        }
        StringBuilder sql = new StringBuilder("select ").append(columns).append(dims.isEmpty() ? "" : ", ")
                .append("sum(c.cases) from ").append(CaseCube.covering(needed).table).append(" c");
        if (dims.contains(CaseDimension.EXPLOITATION_TYPE)) {
            // A victim with several types counts once under each; one with none counts under null.
            sql.append(" left join exploitation_flag f on (c.exploitation & f.bit) <> 0");
        }
        List<Object> params = new ArrayList<>();
        sql.append(" where true");
        if (filter.yearFrom() != null) {
            sql.append(" and c.year >= ?");
            params.add(filter.yearFrom());
        }
        if (filter.yearTo() != null) {
            sql.append(" and c.year <= ?");
            params.add(filter.yearTo());
        }
        if (filter.citizenship() != null) {
            sql.append(" and c.citizenship = ?");
            params.add(filter.citizenship());
        }
        if (filter.countryOfExploitation() != null) {
            sql.append(" and c.country_of_exploitation = ?");
            params.add(filter.countryOfExploitation());
        }
        if (!dims.isEmpty()) {
            sql.append(" group by ").append(columns);
        }
        Map<List<Object>, Long> cells = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                query.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Object[] key = new Object[dims.size()];
                    for (int i = 0; i < key.length; i++) {
                        key[i] = dims.get(i) == CaseDimension.YEAR && rs.getObject(i + 1) != null
                                ? rs.getInt(i + 1) : rs.getObject(i + 1);
                    }
                    long n = rs.getLong(dims.size() + 1);
                    if (n > 0) {
                        cells.put(Arrays.asList(key), n);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Case aggregate failed: " + e.getMessage(), e);
        }
        return cells;
    }
}
