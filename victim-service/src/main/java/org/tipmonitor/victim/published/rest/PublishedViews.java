package org.tipmonitor.victim.published.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.victim.published.mapping.PublishedMapper;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;

/**
 * The resources' views of published records: citations are resolved in the source catalog here (it may
 * read the database), and only then mapped, so that the mapper reads nothing.
 */
@ApplicationScoped
public class PublishedViews {

    @Inject
    SourceCatalog sources;
    @Inject
    PublishedMapper mapper;

    public StatisticView statistic(Statistic statistic) {
        return mapper.toView(statistic, sources.resolve(statistic.sources));
    }

    public PathwayView pathway(Pathway pathway) {
        return mapper.toView(pathway, sources.resolve(pathway.sources));
    }
}
