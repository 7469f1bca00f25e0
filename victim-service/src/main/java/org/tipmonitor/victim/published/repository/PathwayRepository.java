package org.tipmonitor.victim.published.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.victim.published.model.Pathway;

@ApplicationScoped
public class PathwayRepository implements PanacheRepositoryBase<Pathway, String> {

    /**
     * Pathways matching every given filter: origin, destination, a form of exploitation, and
     * {@code countries} (origin or destination among them). Region-level pathways (an end without a
     * country) only when {@code regional} is set. Their collections come loaded.
     */
    public List<Pathway> filtered(String origin, String destination, ExploitationType exploitation,
            Collection<String> countries, boolean regional) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (origin != null) {
            query.append(" and origin = :origin");
            params.and("origin", origin);
        }
        if (destination != null) {
            query.append(" and destination = :destination");
            params.and("destination", destination);
        }
        if (exploitation != null) {
            query.append(" and :exploitation member of exploitation");
            params.and("exploitation", exploitation);
        }
        if (!countries.isEmpty()) {
            query.append(" and (origin in :countries or destination in :countries)");
            params.and("countries", countries);
        }
        if (!regional) {
            query.append(" and origin is not null and destination is not null");
        }
        List<Pathway> found = list(query.toString(), Sort.by("id"), params);
        found.forEach(PathwayRepository::loadCollections);
        return found;
    }

    /** The pathway with this id, its collections loaded. */
    public Optional<Pathway> findWithCollections(String id) {
        return findByIdOptional(id).map(PathwayRepository::loadCollections);
    }

    /**
     * Loads the collections a view copies, while the session is at hand, so that mapping reads nothing
     * (the citations are resolved apart, in the source catalog).
     */
    private static Pathway loadCollections(Pathway pathway) {
        Hibernate.initialize(pathway.transit);
        Hibernate.initialize(pathway.exploitation);
        Hibernate.initialize(pathway.means);
        return pathway;
    }
}
