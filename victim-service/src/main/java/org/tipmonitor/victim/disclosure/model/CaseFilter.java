package org.tipmonitor.victim.disclosure.model;

/** Which case records an aggregate counts; null parts do not filter. Countries are alpha-3. */
public record CaseFilter(Integer yearFrom, Integer yearTo, String citizenship, String countryOfExploitation) {
}
