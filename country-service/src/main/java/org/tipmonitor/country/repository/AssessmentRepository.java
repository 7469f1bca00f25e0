package org.tipmonitor.country.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tipmonitor.country.model.Assessment;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepository<Assessment> {

    public Optional<Assessment> find(String countryCode, int reportYear) {
        return find("country.code = ?1 and reportYear = ?2", countryCode, reportYear).firstResultOptional();
    }

    /** The tier history, newest first. */
    public List<Assessment> history(String countryCode) {
        return list("country.code", Sort.descending("reportYear"), countryCode);
    }

    /** Every assessment of these countries (all countries when empty), newest first per country. */
    public List<Assessment> ofCountries(Collection<String> codes) {
        Sort sort = Sort.by("country.code").and("reportYear", Sort.Direction.Descending);
        return codes.isEmpty() ? listAll(sort) : list("country.code in ?1", sort, codes);
    }
}
