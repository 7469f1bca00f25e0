package org.tipmonitor.recommendation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.model.RecommendationCriteria;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, String> {

    /** One report: the recommendations an issuer made on a country in a year (null: an undated source). */
    public record Report(String issuer, String countryCode, Integer reportYear) {
    }

    private static final String ORDER = " order by r.countryCode, r.reportYear desc nulls last, r.id";

    /**
     * Recommendations matching the criteria: by country, newest report first, undated ones last, then
     * by id. An undated recommendation matches no year.
     */
    public List<Recommendation> filtered(RecommendationCriteria criteria) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!criteria.countries().isEmpty()) {
            where.add("r.countryCode in :countries");
            params.and("countries", criteria.countries());
        }
        if (criteria.year() != null) {
            where.add("r.reportYear = :year");
            params.and("year", criteria.year());
        }
        if (criteria.status() != null) {
            where.add("r.status = :status");
            params.and("status", criteria.status());
        }
        if (criteria.pillar() != null) {
            where.add("r.pillar = :pillar");
            params.and("pillar", criteria.pillar());
        }
        return list("from Recommendation r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + ORDER, params);
    }

    public Optional<Recommendation> successorOf(String id) {
        return find("previousId", id).firstResultOptional();
    }

    /** Recommendations that no later report carried on, of these countries (all when empty). */
    public List<Recommendation> withoutSuccessor(List<String> countries) {
        String query = "from Recommendation r where not exists (select 1 from Recommendation s where s.previousId = r.id)";
        return countries.isEmpty() ? list(query + ORDER)
                : list(query + " and r.countryCode in ?1" + ORDER, countries);
    }

    /** Every report there are recommendations of. */
    public List<Report> reports() {
        return getEntityManager().createQuery(
                "select distinct r.issuer, r.countryCode, r.reportYear from Recommendation r", Report.class)
                .getResultList();
    }
}
