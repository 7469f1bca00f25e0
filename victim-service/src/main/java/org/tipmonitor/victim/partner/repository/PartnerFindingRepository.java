package org.tipmonitor.victim.partner.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tipmonitor.api.vocabulary.ReviewState;
import org.tipmonitor.victim.partner.model.FindingCriteria;
import org.tipmonitor.victim.partner.model.PartnerFinding;

@ApplicationScoped
public class PartnerFindingRepository implements PanacheRepositoryBase<PartnerFinding, String> {

    /**
     * At most {@code limit} of the findings the criteria name, newest first, each with its history. Visibility
     * is part of the query, not a filter afterwards: a finding the caller may not see is never loaded for them.
     * Two queries: the ids of the page, then those findings with their histories (a page of a fetch join would
     * be cut in memory, after loading every row).
     */
    public List<PartnerFinding> filtered(FindingCriteria criteria, int limit) {
        StringBuilder query = new StringBuilder("select f.id from PartnerFinding f where 1 = 1");
        Parameters params = new Parameters();
        if (!criteria.everything()) {
            query.append(" and (f.state = :published");
            params.and("published", ReviewState.PUBLISHED);
            if (!criteria.ownOrganizations().isEmpty()) {
                query.append(" or f.organization in :own");
                params.and("own", criteria.ownOrganizations());
            }
            query.append(")");
        }
        if (criteria.organization() != null) {
            query.append(" and f.organization = :organization");
            params.and("organization", criteria.organization());
        }
        if (criteria.state() != null) {
            query.append(" and f.state = :state");
            params.and("state", criteria.state());
        }
        if (criteria.kind() != null) {
            query.append(" and f.kind = :kind");
            params.and("kind", criteria.kind());
        }
        if (criteria.countries() != null && !criteria.countries().isEmpty()) {
            query.append(" and (f.countryCode in :countries or f.destinationCode in :countries)");
            params.and("countries", criteria.countries());
        }
        query.append(" order by f.createdAt desc, f.id");
        var ids = getEntityManager().createQuery(query.toString(), String.class);
        params.map().forEach(ids::setParameter);
        List<String> page = ids.setMaxResults(limit).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        return find("select distinct f from PartnerFinding f left join fetch f.history where f.id in ?1 "
                + "order by f.createdAt desc, f.id", page).list();
    }
}
