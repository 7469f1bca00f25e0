package org.tipmonitor.country.service;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.country.mapping.AssessmentView;
import org.tipmonitor.country.mapping.CountryMapper;
import org.tipmonitor.country.mapping.CountryView;

/**
 * The read side of the API. Assessments change only through admin writes and dataset loads, which
 * fire {@link CountryDataChanged} and so empty this cache once committed; reads, the gateway's batch
 * reads above all, are answered from memory. Views are immutable records, safe to share.
 */
@ApplicationScoped
public class CountryReads {

    public static final String CACHE = "country-reads";

    /** Cache keys: one record per kind of read, so that absent filters (null) are part of the key. */
    public record CountriesQuery(Tier tier, Integer year) {
    }

    public record AssessmentsQuery(List<String> countries, Integer year, boolean history) {
    }

    @Inject
    CountryService service;
    @Inject
    CountryMapper mapper;
    @Inject
    @CacheName(CACHE)
    Cache cache;

    /** After the commit, not before: a read racing the write could otherwise cache the old state. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CountryDataChanged change) {
        cache.invalidateAll().await().indefinitely();
    }

    @CacheResult(cacheName = CACHE)
    public List<CountryView> countries(CountriesQuery query) {
        return service.countries(query.tier(), query.year()).stream().map(CountryView::of).toList();
    }

    @CacheResult(cacheName = CACHE)
    public Map<String, List<AssessmentView>> assessments(AssessmentsQuery query) {
        Map<String, List<AssessmentView>> views = new LinkedHashMap<>();
        service.assessmentsOf(query.countries(), query.year(), query.history())
                .forEach((code, list) -> views.put(code, list.stream().map(mapper::toView).toList()));
        return java.util.Collections.unmodifiableMap(views);
    }
}
