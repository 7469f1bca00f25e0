package org.tipmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.victim.Qualifier;
import org.tipmonitor.api.victim.Sex;
import org.tipmonitor.api.victim.Unit;
import org.tipmonitor.api.vocabulary.ExploitationType;

/**
 * A partner statistic as the graph takes it (GraphQL PartnerStatisticInput): the fields of victim-service's
 * PartnerStatisticInput with the same names, so that its errors name the graph's fields; it checks them by the
 * official statistics' rules.
 */
@Input("PartnerStatisticInput")
public record PartnerStatisticArguments(@NonNull @Id String country, @NonNull String metric, Integer year,
        Integer periodEnd, Integer value, Integer upperValue, @NonNull Unit unit, Qualifier qualifier, String asWritten,
        Sex breakdownSex, String breakdownAge, ExploitationType breakdownExploitation, @NonNull String description,
        @NonNull PartnerSourceArguments source) {
}
