package org.tipmonitor.victim.published.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.tipmonitor.api.victim.Breakdown;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.victim.published.model.ControlMeans;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;

/** Entities to the API's views, with every citation resolved to its source document. */
@ApplicationScoped
public class PublishedMapper {

    @Inject
    SourceCatalog sources;

    public StatisticView toView(Statistic s) {
        Breakdown breakdown = s.breakdownSex == null && s.breakdownAge == null && s.breakdownExploitation == null
                ? null : new Breakdown(s.breakdownSex, s.breakdownAge, s.breakdownExploitation);
        return new StatisticView(s.id, s.countryCode, s.metric, s.year, s.periodEnd, s.value, s.upperValue, s.unit,
                s.qualifier.lowerBound(), s.qualifier, s.asWritten, s.reporting, breakdown, s.description,
                sources.resolve(s.sources));
    }

    public PathwayView toView(Pathway p) {
        return new PathwayView(p.id, p.origin, p.originRegion, p.destination, p.destinationRegion,
                List.copyOf(p.transit), List.copyOf(p.exploitation), p.recruiter, p.recruiterType,
                p.means.stream().map(ControlMeans::name).toList(), p.sector, p.estimatedVictims, p.upperValue,
                p.qualifier != null && p.qualifier.lowerBound(), p.qualifier, p.periodStart, p.periodEnd,
                p.officialComplicity, p.description, sources.resolve(p.sources));
    }
}
