package org.tipmonitor.victim.cases.ctdc;

/**
 * The fields of one CTDC row that aggregates use; null means not recorded. {@code exploitation} is a
 * bit set of {@link ExploitationFlags} bits.
 */
public record CaseRow(Integer year, String gender, String ageBroad, String citizenship,
        String countryOfExploitation, int exploitation) {
}
