package org.tipmonitor.api.victim;

import java.time.LocalDate;
import java.util.List;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.DatePrecision;
import org.tipmonitor.api.vocabulary.ExploitationType;

/**
 * A recruitment pathway as {@code GET /api/v1/pathways} shows it; field names follow the gateway's
 * RecruitmentPathway type. An end the source names only as a region has a null country and its region
 * in {@code originRegion}/{@code destinationRegion}. {@code means} are the names of the means of
 * deception and control (FRAUDULENT_JOB_OFFER, DEBT_BONDAGE, ...), served as strings.
 */
public record PathwayView(String id, String origin, String originRegion, String destination,
        String destinationRegion, List<String> transit, List<ExploitationType> exploitation, String recruiter,
        RecruiterType recruiterType, List<String> means, String sector, Integer estimatedVictims,
        Integer upperValue, boolean lowerBound, Qualifier qualifier, LocalDate periodStart,
        DatePrecision periodStartPrecision, LocalDate periodEnd, DatePrecision periodEndPrecision,
        boolean officialComplicity, String description, List<SourceView> sources) {
}
