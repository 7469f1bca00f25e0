package org.tipmonitor.victim.published.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.tipmonitor.victim.published.model.Statistic;

@ApplicationScoped
public class StatisticRepository implements PanacheRepositoryBase<Statistic, String> {

    /**
     * Statistics of these countries (all when empty); with a year, those whose period covers it.
     * Ordered by country, then year, then id, so that answers are stable.
     */
    public List<Statistic> of(Collection<String> countries, Integer year) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!countries.isEmpty()) {
            query.append(" and countryCode in :countries");
            params.and("countries", countries);
        }
        if (year != null) {
            query.append(" and year <= :year and coalesce(periodEnd, year) >= :year");
            params.and("year", year);
        }
        return list(query.toString(), Sort.by("countryCode").and("year").and("id"), params);
    }
}
