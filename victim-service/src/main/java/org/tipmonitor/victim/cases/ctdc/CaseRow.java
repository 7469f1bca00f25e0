package org.tipmonitor.victim.cases.ctdc;

/**
 * The fields of one CTDC row that aggregates use; null means not recorded. {@code exploitation} is a
 * bit set of {@link ExploitationFlags} bits.
 */
public record CaseRow(Integer year, String gender, String ageBroad, String citizenship,
        String countryOfExploitation, int exploitation) {

    /** The row as a line of PostgreSQL's COPY text format, after the file id and line number. */
    public void appendCopyText(StringBuilder out) {
        out.append('\t').append(year == null ? "\\N" : year.toString())
                .append('\t').append(gender == null ? "\\N" : gender)
                .append('\t').append(ageBroad == null ? "\\N" : ageBroad)
                .append('\t').append(citizenship == null ? "\\N" : citizenship)
                .append('\t').append(countryOfExploitation == null ? "\\N" : countryOfExploitation)
                .append('\t').append(exploitation)
                .append('\n');
    }
}
