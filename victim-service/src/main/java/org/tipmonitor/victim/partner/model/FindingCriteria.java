package org.tipmonitor.victim.partner.model;

import java.util.Collection;
import org.tipmonitor.api.victim.PartnerFindingKind;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * What a list of partner findings is filtered by: organization alias, state, kind, countries (a statistic's
 * country, a pathway's origin or destination), each null or empty for any; and what the caller may see:
 * everything ({@code everything}), else published findings and every finding of {@code ownOrganizations}.
 */
public record FindingCriteria(String organization, ReviewState state, PartnerFindingKind kind,
        Collection<String> countries, boolean everything, Collection<String> ownOrganizations) {
}
