package org.tipmonitor.recommendation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tipmonitor.api.vocabulary.ReviewState;
import org.tipmonitor.recommendation.model.AssessmentCriteria;
import org.tipmonitor.recommendation.model.AssessmentScope;
import org.tipmonitor.recommendation.model.PartnerAssessment;
import org.tipmonitor.recommendation.model.ReviewStep;

@ApplicationScoped
public class PartnerAssessmentRepository implements PanacheRepository<PartnerAssessment> {

    /**
     * The assessments that match and that the scope lets the caller see, in one query: the scope is part
     * of the where clause, so nothing outside it is ever read. Oldest first (by id).
     */
    public List<PartnerAssessment> visible(AssessmentCriteria criteria, AssessmentScope scope) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!scope.everything()) {
            if (scope.organization() == null) {
                where.add("state = :published");
            } else {
                where.add("(state = :published or organization = :own)");
                parameters.and("own", scope.organization());
            }
            parameters.and("published", ReviewState.PUBLISHED);
        }
        if (criteria.recommendationIds() != null && !criteria.recommendationIds().isEmpty()) {
            where.add("recommendationId in :recommendations");
            parameters.and("recommendations", criteria.recommendationIds());
        }
        if (criteria.organization() != null) {
            where.add("organization = :organization");
            parameters.and("organization", criteria.organization());
        }
        if (criteria.state() != null) {
            where.add("state = :state");
            parameters.and("state", criteria.state());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return list(query, Sort.by("id"), parameters);
    }

    public void record(ReviewStep step) {
        getEntityManager().persist(step);
    }

    /** The review steps of these assessments, oldest first per assessment. */
    public Map<Long, List<ReviewStep>> reviewsOf(Collection<Long> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("from ReviewStep where assessmentId in :ids order by assessmentId, version", ReviewStep.class)
                .setParameter("ids", assessmentIds).getResultStream()
                .collect(Collectors.groupingBy(s -> s.assessmentId, Collectors.toList()));
    }
}
