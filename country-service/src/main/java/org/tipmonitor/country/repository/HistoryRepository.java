package org.tipmonitor.country.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.CollectionRevisionKey;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.LawEnforcementYearRevision;
import org.tipmonitor.country.model.RecordRevision;
import org.tipmonitor.country.model.Revision;
import org.tipmonitor.country.model.SourceCitationRevision;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;

/**
 * The audit history Hibernate Envers keeps of countries, assessments, statutes and tier counts (model's
 * {@code @Audited} entities, Flyway V3), newest revision first, read from their _aud tables. A removal
 * keeps the values the record had (Envers stores them: application.properties), so it is found by
 * country like any other change.
 */
@ApplicationScoped
public class HistoryRepository {

    @Inject
    EntityManager entityManager;

    public List<RecordRevision<Country>> country(String code) {
        return changes(Country.class, query(Country.class).add(AuditEntity.id().eq(code)));
    }

    /** The changes of the assessments of these countries (every country when none), of one report year or (null) of every one. */
    public List<RecordRevision<Assessment>> assessments(Collection<String> countryCodes, Integer reportYear) {
        AuditQuery query = query(Assessment.class);
        if (!countryCodes.isEmpty()) {
            query.add(AuditEntity.relatedId("country").in(countryCodes.toArray()));
        }
        if (reportYear != null) {
            query.add(AuditEntity.property("reportYear").eq(reportYear));
        }
        List<RecordRevision<Assessment>> revisions = changes(Assessment.class, query);
        withCollections(revisions);
        return revisions;
    }

    public List<RecordRevision<Statute>> statutes(String countryCode) {
        return changes(Statute.class, query(Statute.class).add(AuditEntity.relatedId("country").eq(countryCode)));
    }

    public List<RecordRevision<TierCount>> tierCount(int reportYear) {
        return changes(TierCount.class, query(TierCount.class).add(AuditEntity.id().eq(reportYear)));
    }

    /** Every revision of the entity, removals included, as [entity, revision, type] rows, newest first. */
    private AuditQuery query(Class<?> entity) {
        return AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .addOrder(AuditEntity.revisionNumber().desc());
    }

    /**
     * Puts each past assessment's sources and law-enforcement years together from the rows Envers wrote for
     * them (LawEnforcementYearRevision says why Envers' own reader cannot): two queries for all revisions.
     * A removal shows what the assessment held just before it.
     */
    private void withCollections(List<RecordRevision<Assessment>> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        Set<Long> ids = revisions.stream().map(r -> r.state().id).collect(Collectors.toSet());
        Map<Long, List<SourceCitationRevision>> sources = entityManager.createQuery(
                "from SourceCitationRevision r where r.key.assessmentId in :ids", SourceCitationRevision.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(r -> r.key.assessmentId()));
        Map<Long, List<LawEnforcementYearRevision>> years = entityManager.createQuery(
                "from LawEnforcementYearRevision r where r.key.assessmentId in :ids", LawEnforcementYearRevision.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(r -> r.key.assessmentId()));
        for (RecordRevision<Assessment> revision : revisions) {
            Assessment state = revision.state();
            long asOf = revision.type() == RevisionType.DEL ? revision.revision().id - 1 : revision.revision().id;
            state.sources = asOf(sources.getOrDefault(state.id, List.of()), asOf, r -> r.key, r -> r.citation);
            state.lawEnforcement = asOf(years.getOrDefault(state.id, List.of()), asOf, r -> r.key, r -> r.year);
        }
    }

    /**
     * A list as it stood at a revision: per position, the latest row written at or before it (of two in one
     * revision, an element replaced there, the addition), unless that row removed the element.
     */
    static <R, E> List<E> asOf(List<R> rows, long revision, Function<R, CollectionRevisionKey> key,
            Function<R, E> element) {
        Map<Integer, R> latest = new TreeMap<>();
        for (R row : rows) {
            CollectionRevisionKey k = key.apply(row);
            if (k.revision() <= revision) {
                latest.merge(k.position(), row, (seen, candidate) -> {
                    CollectionRevisionKey s = key.apply(seen);
                    boolean later = k.revision() > s.revision() || (k.revision() == s.revision() && !k.removes());
                    return later ? candidate : seen;
                });
            }
        }
        return new ArrayList<>(latest.values().stream().filter(r -> !key.apply(r).removes()).map(element).toList());
    }

    private static <E> List<RecordRevision<E>> changes(Class<E> entity, AuditQuery query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new RecordRevision<>(entity.cast(row[0]), (Revision) row[1], (RevisionType) row[2]))
                .toList();
    }
}
