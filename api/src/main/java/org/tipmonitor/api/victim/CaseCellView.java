package org.tipmonitor.api.victim;

import org.tipmonitor.api.vocabulary.ExploitationType;

/**
 * One cell. A dimension the answer is not grouped by is null; in a grouped dimension null means "not
 * recorded". A suppressed cell has a null count (it may also be a zero cell hidden to protect others).
 */
public record CaseCellView(Integer year, String citizenship, String countryOfExploitation, String gender,
        String ageBroad, ExploitationType exploitationType, Long count, boolean suppressed) {
}
