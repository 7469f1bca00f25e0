package org.tipmonitor.gateway.model;

public enum CaseDimension {
    YEAR,
    CITIZENSHIP,
    COUNTRY_OF_EXPLOITATION,
    GENDER,
    AGE_BROAD,
    EXPLOITATION_TYPE
}
