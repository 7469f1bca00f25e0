package org.tipmonitor.victim.published.rest;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tipmonitor.api.victim.PathwayView;
import org.tipmonitor.api.victim.StatisticView;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.commons.cluster.SharedCaches;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.victim.published.mapping.PublishedMapper;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;
import org.tipmonitor.victim.published.service.PublishedDataService;
import org.tipmonitor.victim.published.service.VictimDataChanged;

/**
 * The resources' views of published records: citations are resolved in the source catalog here (it may
 * read the database), and only then mapped, so that the mapper reads nothing.
 *
 * <p>The two list reads the gateway makes are cached here, as views (as country-service's CountryViews):
 * building them costs a query, the citations of every row (a query per batch of rows) and the mapping of
 * every row on every request, for data that changes only when a dataset is loaded. Views are immutable
 * records, safe to share between requests, and the same for every role (published data). Every write
 * fires {@link VictimDataChanged}; the cache is emptied once the write has committed, so a write is
 * visible to the next read.
 */
@ApplicationScoped
public class PublishedViews {

    public static final String CACHE = "victim-reads";

    /** Cache keys: one record per kind of read, so that absent filters (null) are part of the key. */
    public record StatisticsQuery(List<String> countries, Integer year) {
        public StatisticsQuery {
            countries = List.copyOf(countries);
        }
    }

    public record PathwaysQuery(String origin, String destination, ExploitationType exploitation, List<String> countries,
            boolean regional) {
        public PathwaysQuery {
            countries = List.copyOf(countries);
        }
    }

    @Inject
    SourceCatalog sources;
    @Inject
    PublishedMapper mapper;
    @Inject
    PublishedDataService service;
    @Inject
    SharedCaches sharedCaches;

    /**
     * In the write's transaction: the cache is emptied on every replica once the write has committed (and
     * on this one before the writer gets its answer), never before: a read racing the write could
     * otherwise cache the old state (commons' SharedCaches, as country-service's CountryViews).
     */
    void onChange(@Observes VictimDataChanged change) {
        sharedCaches.emptyOnCommit(CACHE);
    }

    @CacheResult(cacheName = CACHE)
    public Map<String, List<StatisticView>> statistics(StatisticsQuery query) {
        Map<String, List<StatisticView>> byCountry = new LinkedHashMap<>();
        service.statisticsByCountry(query.countries(), query.year())
                .forEach((code, list) -> byCountry.put(code, list.stream().map(this::statistic).toList()));
        return Collections.unmodifiableMap(byCountry);
    }

    @CacheResult(cacheName = CACHE)
    public List<PathwayView> pathways(PathwaysQuery query) {
        return service.pathways(query.origin(), query.destination(), query.exploitation(), query.countries(),
                query.regional()).stream().map(this::pathway).toList();
    }

    public StatisticView statistic(Statistic statistic) {
        return mapper.toView(statistic, sources.resolve(statistic.sources));
    }

    public PathwayView pathway(Pathway pathway) {
        return mapper.toView(pathway, sources.resolve(pathway.sources));
    }
}
