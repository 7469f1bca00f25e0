package org.tipmonitor.recommendation.rest;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.tipmonitor.api.recommendation.RecommendationView;
import org.tipmonitor.commons.cluster.SharedCaches;
import org.tipmonitor.recommendation.mapping.RecommendationMapper;
import org.tipmonitor.recommendation.model.RecommendationCriteria;
import org.tipmonitor.recommendation.service.RecommendationDataChanged;
import org.tipmonitor.recommendation.service.RecommendationService;

/**
 * The list read the gateway makes, cached as views (as country-service's CountryViews). Building it
 * costs three queries, the citations of every row and the mapping of every row with its history, on
 * every request, for data that changes only when an admin records an update or a dataset is loaded.
 * Views are immutable records, safe to share between requests. Whether the caller sees who recorded
 * each update is part of the key, so a partner never gets an analyst's view. Every write fires
 * {@link RecommendationDataChanged}; the cache is emptied once the write has committed, before the
 * writer gets its answer, so a write is visible to the next read.
 */
@ApplicationScoped
public class RecommendationViews {

    public static final String CACHE = "recommendation-reads";

    /** Cache key: the filters and whether recorders are shown. */
    public record ListQuery(RecommendationCriteria criteria, boolean showRecorders) {
    }

    @Inject
    RecommendationService service;
    @Inject
    RecommendationMapper mapper;
    @Inject
    SharedCaches sharedCaches;

    /**
     * In the write's transaction: the cache is emptied on every replica once the write has committed (and
     * on this one before the writer gets its answer), never before: a read racing the write could
     * otherwise cache the old state (commons' SharedCaches, as country-service's CountryViews).
     */
    void onChange(@Observes RecommendationDataChanged change) {
        sharedCaches.emptyOnCommit(CACHE);
    }

    @CacheResult(cacheName = CACHE)
    public List<RecommendationView> list(ListQuery query) {
        return mapper.toViews(service.details(service.list(query.criteria())), query.showRecorders());
    }
}
