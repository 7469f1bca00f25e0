package org.tipmonitor.country.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.country.model.Country;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    /** Countries filtered by a report year's placement; a tier without a year means the latest placement. */
    public List<Country> filtered(Tier tier, Integer year) {
        if (tier == null && year == null) {
            return listAll(Sort.by("code"));
        }
        String latest = "a.reportYear = (select max(b.reportYear) from Assessment b where b.country = c)";
        String query = "select c from Country c where exists (select 1 from Assessment a where a.country = c and "
                + (year != null ? "a.reportYear = :year" : latest)
                + (tier != null ? " and a.tier = :tier" : "")
                + ") order by c.code";
        var q = getEntityManager().createQuery(query, Country.class);
        if (year != null) {
            q.setParameter("year", year);
        }
        if (tier != null) {
            q.setParameter("tier", tier);
        }
        return q.getResultList();
    }
}
