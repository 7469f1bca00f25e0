package org.tipmonitor.victim.cases.repository;

import java.util.List;
import java.util.Set;

/**
 * The pre-aggregated case tables, smallest first: each holds case counts per combination of its columns
 * and the exploitation bit set. Imports update all of them; aggregates read the first that has every
 * column they need.
 */
public enum CaseCube {
    PERSON("case_cube_person", List.of("year", "gender", "age_broad")),
    PLACE("case_cube_place", List.of("year", "citizenship", "country_of_exploitation")),
    FULL("case_cube", List.of("year", "citizenship", "country_of_exploitation", "gender", "age_broad"));

    public final String table;
    public final List<String> columns;

    CaseCube(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    public static CaseCube covering(Set<String> needed) {
        for (CaseCube cube : values()) {
            if (cube.columns.containsAll(needed)) {
                return cube;
            }
        }
        throw new IllegalArgumentException("no case table has " + needed);
    }

    /** Adds the counts of one imported file's records. */
    public String addFileSql() {
        String keys = String.join(", ", columns) + ", exploitation";
        return "insert into " + table + " (" + keys + ", cases) select " + keys + ", count(*) from case_record"
                + " where file_id = ? group by " + keys + " on conflict (" + keys + ") do update set cases = "
                + table + ".cases + excluded.cases";
    }
}
