package org.tipmonitor.country.rest;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tipmonitor.api.country.AssessmentView;
import org.tipmonitor.api.country.CountryView;
import org.tipmonitor.api.country.RevisionView;
import org.tipmonitor.api.country.StatuteView;
import org.tipmonitor.api.country.TierCountView;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.commons.cluster.SharedCaches;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.country.mapping.CountryMapper;
import org.tipmonitor.country.mapping.RevisionMapper;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.RecordRevision;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;
import org.tipmonitor.country.service.CountryDataChanged;
import org.tipmonitor.country.service.CountryService;

/**
 * The service's entities as API views: their citations are resolved against the source catalog first
 * (which may read the database), then CountryMapper maps them without I/O.
 *
 * <p>The reads the gateway makes (the two lists and one country) are cached here, as views. Views are immutable records, safe
 * to share between requests; entities are not (they belong to one request's persistence context and
 * carry lazy collections), and caching them in the service would still leave the mapping to do on every
 * read. Assessments change only through admin writes and dataset loads, which fire
 * {@link CountryDataChanged}; the cache is emptied once such a write has committed, on this replica
 * before the writer gets its answer and on every other replica as PostgreSQL delivers the write's
 * notice (commons' SharedCaches), so a write is visible to the next read through any replica.
 */
@ApplicationScoped
public class CountryViews {

    public static final String CACHE = "country-reads";

    /** Cache keys: one record per kind of read, so that absent filters (null) are part of the key. */
    public record CountriesQuery(Tier tier, Integer year) {
    }

    public record CountryQuery(String code) {
    }

    public record AssessmentsQuery(List<String> countries, Integer year, boolean history) {
    }

    @Inject
    CountryService service;
    @Inject
    SourceCatalog catalog;
    @Inject
    CountryMapper mapper;
    @Inject
    SharedCaches sharedCaches;

    /**
     * In the write's transaction: the cache is emptied on every replica once the write has committed (and
     * on this one before the writer gets its answer), never before: a read racing the write could
     * otherwise cache the old state.
     */
    void onChange(@Observes CountryDataChanged change) {
        sharedCaches.emptyOnCommit(CACHE);
    }

    @CacheResult(cacheName = CACHE)
    public List<CountryView> countries(CountriesQuery query) {
        return service.countries(query.tier(), query.year()).stream().map(mapper::toView).toList();
    }

    /** One country, as the gateway asks for it on every {@code country(code)} query; unknown codes (404) are not kept. */
    @CacheResult(cacheName = CACHE)
    public CountryView country(CountryQuery query) {
        return mapper.toView(service.country(query.code()));
    }

    @CacheResult(cacheName = CACHE)
    public Map<String, List<AssessmentView>> assessments(AssessmentsQuery query) {
        Map<String, List<AssessmentView>> views = new LinkedHashMap<>();
        service.assessmentsOf(query.countries(), query.year(), query.history())
                .forEach((code, list) -> views.put(code, assessments(list)));
        return Collections.unmodifiableMap(views);
    }

    public AssessmentView assessment(Assessment assessment) {
        return assessments(List.of(assessment)).get(0);
    }

    public List<AssessmentView> assessments(List<Assessment> assessments) {
        Map<Citation, SourceView> sources = catalog.resolveAll(assessments.stream().flatMap(CountryMapper::citations));
        return assessments.stream().map(a -> mapper.toView(a, sources)).toList();
    }

    public List<StatuteView> statutes(List<Statute> statutes) {
        Map<Citation, SourceView> sources = catalog.resolveAll(statutes.stream().map(s -> s.citation));
        return statutes.stream().map(s -> mapper.toView(s, sources)).toList();
    }

    /** An assessment's audit history, each past state with the sources it cited then. */
    public List<RevisionView<AssessmentView>> assessmentRevisions(List<RecordRevision<Assessment>> revisions) {
        Map<Citation, SourceView> sources = catalog.resolveAll(
                revisions.stream().map(RecordRevision::state).flatMap(CountryMapper::citations));
        return revisions.stream().map(r -> RevisionMapper.toView(r, a -> mapper.toView(a, sources))).toList();
    }

    public Map<String, List<RevisionView<AssessmentView>>> assessmentRevisions(
            Map<String, List<RecordRevision<Assessment>>> byCountry) {
        Map<String, List<RevisionView<AssessmentView>>> views = new LinkedHashMap<>();
        byCountry.forEach((code, revisions) -> views.put(code, assessmentRevisions(revisions)));
        return views;
    }

    public List<RevisionView<CountryView>> countryRevisions(List<RecordRevision<Country>> revisions) {
        return revisions.stream().map(r -> RevisionMapper.toView(r, mapper::toView)).toList();
    }

    public List<RevisionView<StatuteView>> statuteRevisions(List<RecordRevision<Statute>> revisions) {
        Map<Citation, SourceView> sources = catalog.resolveAll(revisions.stream().map(r -> r.state().citation));
        return revisions.stream().map(r -> RevisionMapper.toView(r, s -> mapper.toView(s, sources))).toList();
    }

    public List<RevisionView<TierCountView>> tierCountRevisions(List<RecordRevision<TierCount>> revisions) {
        Map<Citation, SourceView> sources = catalog.resolveAll(revisions.stream().map(r -> r.state().citation));
        return revisions.stream().map(r -> RevisionMapper.toView(r, t -> mapper.toView(t, sources))).toList();
    }

    public TierCountView tierCount(TierCount count) {
        return tierCounts(List.of(count)).get(0);
    }

    public List<TierCountView> tierCounts(List<TierCount> counts) {
        Map<Citation, SourceView> sources = catalog.resolveAll(counts.stream().map(t -> t.citation));
        return counts.stream().map(t -> mapper.toView(t, sources)).toList();
    }

}
