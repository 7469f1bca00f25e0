package org.tipmonitor.gateway.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.tipmonitor.api.victim.Qualifier;
import org.tipmonitor.api.victim.RecruiterType;
import org.tipmonitor.api.vocabulary.DatePrecision;
import org.tipmonitor.api.vocabulary.ExploitationType;

/**
 * A partner pathway as the graph takes it (GraphQL PartnerPathwayInput): the fields of victim-service's
 * PartnerPathwayInput, with a country at both ends (the graph's RecruitmentPathway has one); it checks them by the
 * official pathways' rules.
 */
@Input("PartnerPathwayInput")
public record PartnerPathwayArguments(@NonNull @Id String origin, @NonNull @Id String destination,
        @Id List<@NonNull String> transit, @NonNull List<@NonNull ExploitationType> exploitation,
        @NonNull String recruiter, @NonNull RecruiterType recruiterType, List<@NonNull String> means, String sector,
        Integer estimatedVictims, Integer upperValue, Qualifier qualifier, LocalDate periodStart,
        DatePrecision periodStartPrecision, LocalDate periodEnd, DatePrecision periodEndPrecision,
        boolean officialComplicity, @NonNull String description, @NonNull PartnerSourceArguments source) {
}
