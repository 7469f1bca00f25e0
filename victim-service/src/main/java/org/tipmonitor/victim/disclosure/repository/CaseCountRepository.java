package org.tipmonitor.victim.disclosure.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.victim.cases.repository.CaseCube;
import org.tipmonitor.victim.disclosure.model.CaseFilter;
import org.tipmonitor.victim.disclosure.model.CellCount;

/**
 * Case counts read from the case cubes (never from the records): the smallest cube that has every
 * column a request groups or filters by, joined to the exploitation flags only when grouping by type.
 */
@ApplicationScoped
public class CaseCountRepository {

    @Inject
    AgroalDataSource dataSource;

    /**
     * Counts and record key sums per combination of the dimensions' values, keyed by one value per
     * dimension in the order given (one empty key without dimensions); only positive counts. Years are
     * Integers, every other value is the stored text (the exploitation type's name for
     * EXPLOITATION_TYPE); null is not recorded. The key sums are summed here, in SQL, with the counts.
     */
    public Map<List<Object>, CellCount> counts(List<CaseDimension> dims, CaseFilter filter) {
        String columns = String.join(", ", dims.stream().map(CaseCountRepository::column).toList());
        List<Condition> conditions = conditions(filter);
        Set<String> needed = new HashSet<>();
        dims.stream().filter(d -> d != CaseDimension.EXPLOITATION_TYPE)
                .forEach(d -> needed.add(column(d).substring("c.".length())));
        conditions.forEach(condition -> needed.add(condition.column()));
        StringBuilder sql = new StringBuilder("select ").append(columns).append(dims.isEmpty() ? "" : ", ")
                .append("sum(c.cases), sum(c.key_sum) from ").append(CaseCube.covering(needed).table).append(" c");
        if (dims.contains(CaseDimension.EXPLOITATION_TYPE)) {
            // A victim with several types counts once under each; one with none counts under null.
            sql.append(" left join exploitation_flag f on (c.exploitation & f.bit) <> 0");
        }
        sql.append(" where true");
        conditions.forEach(condition -> sql.append(" and ").append(condition.sql()));
        if (!dims.isEmpty()) {
            sql.append(" group by ").append(columns);
        }
        Map<List<Object>, CellCount> cells = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < conditions.size(); i++) {
                query.setObject(i + 1, conditions.get(i).value());
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
                        cells.put(Arrays.asList(key), new CellCount(n, rs.getLong(dims.size() + 2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Case aggregate failed: " + e.getMessage(), e);
        }
        return cells;
    }

    /** A comparison of a case cube column with a value, which is the statement's parameter. */
    private record Condition(String column, String comparison, Object value) {

        String sql() {
            return "c." + column + " " + comparison + " ?";
        }
    }

    /** The filter's parts as conditions on the cube's columns; a null part does not filter. */
    private static List<Condition> conditions(CaseFilter filter) {
        return Stream.of(
                        new Condition("year", ">=", filter.yearFrom()),
                        new Condition("year", "<=", filter.yearTo()),
                        new Condition("citizenship", "=", filter.citizenship()),
                        new Condition("country_of_exploitation", "=", filter.countryOfExploitation()))
                .filter(condition -> condition.value() != null)
                .toList();
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
}
