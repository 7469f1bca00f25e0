package org.tipmonitor.victim.published.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.victim.Breakdown;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.victim.published.model.ControlMeans;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;

/**
 * Published statistics and pathways to the API's views. The citations come resolved: the caller reads
 * the source catalog first, so that mapping reads nothing.
 */
@ApplicationScoped
public class PublishedMapper {

    public StatisticView toView(Statistic s, List<SourceView> sources) {
        // A breakdown with no part set restricts nothing: the API shows none rather than an empty one.
        Breakdown breakdown = s.breakdownSex == null && s.breakdownAge == null && s.breakdownExploitation == null
                ? null : new Breakdown(s.breakdownSex, s.breakdownAge, s.breakdownExploitation);
        return new StatisticView(s.id, s.countryCode, s.metric, s.year, s.periodEnd, s.value, s.upperValue, s.unit,
                s.qualifier.lowerBound(), s.qualifier, s.asWritten, s.reporting, breakdown, s.description, sources);
    }

    public PathwayView toView(Pathway p, List<SourceView> sources) {
        return new PathwayView(p.id, p.origin, p.originRegion, p.destination, p.destinationRegion,
                List.copyOf(p.transit), List.copyOf(p.exploitation), p.recruiter, p.recruiterType,
                p.means.stream().map(ControlMeans::name).toList(), p.sector, p.estimatedVictims, p.upperValue,
                p.qualifier != null && p.qualifier.lowerBound(), p.qualifier, p.periodStart, p.periodEnd,
                p.officialComplicity, p.description, sources);
    }
}
