package org.tipmonitor.victim.mapping;

import java.time.LocalDate;
import java.util.List;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.victim.model.Qualifier;
import org.tipmonitor.victim.model.RecruiterType;

/** A recruitment pathway as the API shows it; field names follow the gateway's RecruitmentPathway type. */
public record PathwayView(String id, String origin, String originRegion, String destination,
        String destinationRegion, List<String> transit, List<ExploitationType> exploitation, String recruiter,
        RecruiterType recruiterType, List<String> means, String sector, Integer estimatedVictims,
        Integer upperValue, boolean lowerBound, Qualifier qualifier, LocalDate periodStart, LocalDate periodEnd,
        boolean officialComplicity, String description, List<SourceView> sources) {
}
