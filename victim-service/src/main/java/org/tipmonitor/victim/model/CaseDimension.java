package org.tipmonitor.victim.model;

/** What case aggregates may be grouped by; the SQL expression reads the case cube (c) or the flag table (f). */
public enum CaseDimension {
    YEAR("c.year"),
    CITIZENSHIP("c.citizenship"),
    COUNTRY_OF_EXPLOITATION("c.country_of_exploitation"),
    GENDER("c.gender"),
    AGE_BROAD("c.age_broad"),
    EXPLOITATION_TYPE("f.type");

    public final String column;

    CaseDimension(String column) {
        this.column = column;
    }
}
