package org.tipmonitor.victim.disclosure.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tipmonitor.api.victim.CaseDimension;
import org.tipmonitor.victim.cases.repository.CaseCube;
import org.tipmonitor.victim.disclosure.model.CaseFilter;

/**
 * Case counts read from the case cubes (never from the records): the smallest cube that has every
 * column a request groups or filters by, joined to the exploitation flags only when grouping by type.
 */
@ApplicationScoped
public class CaseCountRepository {

    @Inject
    AgroalDataSource dataSource;

    /**
     * Counts per combination of the dimensions' values, keyed by one value per dimension in the order
     * given (one empty key without dimensions); only positive counts. Years are Integers, every other
     * value is the stored text (the exploitation type's name for EXPLOITATION_TYPE); null is not recorded.
     */
    public Map<List<Object>, Long> counts(List<CaseDimension> dims, CaseFilter filter) {
        String columns = String.join(", ", dims.stream().map(CaseCountRepository::column).toList());
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
