package org.tipmonitor.victim.cases.repository;

import java.util.List;
import java.util.Set;

/**
 * The pre-aggregated case tables, smallest first: each holds case counts per combination of its columns
 * and the exploitation bit set, with the sum of those records' record keys (key_sum, for the cell-key
 * method: a cell's key sum is the sum of its cube rows' key sums). Imports update all of them;
 * aggregates read the first that has every column they need. This list is the only one: the importer,
 * the aggregate's choice and the tests all go through it, so a roll-up added here (with its migration)
 * is kept up to date and used everywhere.
 */
public enum CaseCube {
    PERSON("case_cube_person", List.of("year", "gender", "age_broad")),
    /** Citizenship with the person, no year (V6): 7,145 rows for 1M records (full cube: 290,843). */
    ORIGIN("case_cube_origin", List.of("citizenship", "gender", "age_broad")),
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

    /** Adds the counts and record key sums of one imported file's records. */
    public String addFileSql() {
        String keys = String.join(", ", columns) + ", exploitation";
        return "insert into " + table + " (" + keys + ", cases, key_sum) select " + keys + ", count(*), "
                + "sum(record_key) from case_record where file_id = ? group by " + keys + " on conflict (" + keys
                + ") do update set cases = " + table + ".cases + excluded.cases, key_sum = " + table
                + ".key_sum + excluded.key_sum";
    }
}
