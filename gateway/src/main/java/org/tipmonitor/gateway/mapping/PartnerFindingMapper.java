package org.tipmonitor.gateway.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.tipmonitor.api.victim.Breakdown;
import org.tipmonitor.api.victim.PartnerFindingView;
import org.tipmonitor.api.victim.PartnerPathwayInput;
import org.tipmonitor.api.victim.PartnerSourceInput;
import org.tipmonitor.api.victim.PartnerStatisticInput;
import org.tipmonitor.api.victim.ReviewEventView;
import org.tipmonitor.gateway.model.PartnerFinding;
import org.tipmonitor.gateway.model.PartnerPathwayArguments;
import org.tipmonitor.gateway.model.PartnerSourceArguments;
import org.tipmonitor.gateway.model.PartnerStatisticArguments;
import org.tipmonitor.gateway.model.ReviewStep;

/**
 * Partner findings between the graph and victim-service: the graph's inputs to the service's records, its views
 * to the graph's PartnerFinding (the statistic or pathway in the official types, through GraphMapper). Pure
 * functions: no I/O, no state.
 */
public final class PartnerFindingMapper {

    private PartnerFindingMapper() {
    }

    public static PartnerFinding toFinding(PartnerFindingView f) {
        // The graph's RecruitmentPathway has a country at both ends; a region-level one is served by REST only.
        boolean pathwayFits = f.pathway() != null && f.pathway().origin() != null && f.pathway().destination() != null;
        return new PartnerFinding(f.id(), f.kind(), f.organization(), f.reporting(), f.state(), f.version(),
                f.returnReason(), time(f.createdAt()), time(f.submittedAt()), time(f.publishedAt()),
                f.statistic() == null ? null : GraphMapper.toStatistic(f.statistic()),
                pathwayFits ? GraphMapper.toPathway(f.pathway()) : null,
                f.history().stream().map(PartnerFindingMapper::toStep).toList());
    }

    static ReviewStep toStep(ReviewEventView e) {
        return new ReviewStep(e.state(), e.version(), time(e.at()), e.by(), e.reason());
    }

    public static PartnerStatisticInput toInput(PartnerStatisticArguments s, Integer expectedVersion) {
        Breakdown breakdown = s.breakdownSex() == null && s.breakdownAge() == null && s.breakdownExploitation() == null
                ? null : new Breakdown(s.breakdownSex(), s.breakdownAge(), s.breakdownExploitation());
        return new PartnerStatisticInput(s.country(), s.metric(), s.year(), s.periodEnd(), s.value(), s.upperValue(),
                s.unit(), s.qualifier(), s.asWritten(), breakdown, s.description(), toInput(s.source()),
                expectedVersion);
    }

    public static PartnerPathwayInput toInput(PartnerPathwayArguments p, Integer expectedVersion) {
        return new PartnerPathwayInput(p.origin(), null, p.destination(), null, p.transit(), p.exploitation(),
                p.recruiter(), p.recruiterType(), p.means(), p.sector(), p.estimatedVictims(), p.upperValue(),
                p.qualifier(), p.periodStart(), p.periodStartPrecision(), p.periodEnd(), p.periodEndPrecision(),
                p.officialComplicity(), p.description(), toInput(p.source()), expectedVersion);
    }

    static PartnerSourceInput toInput(PartnerSourceArguments s) {
        return new PartnerSourceInput(s.title(), s.publisher(), s.published(), s.url(), s.section(), s.quote());
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
