package org.tipmonitor.country.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Hibernate;
import org.tipmonitor.api.country.AssessmentInput;
import org.tipmonitor.api.country.CountryInput;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.commons.problem.ConflictException;
import org.tipmonitor.commons.problem.InvalidInputException;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;
import org.tipmonitor.country.repository.AssessmentRepository;
import org.tipmonitor.country.repository.CountryRepository;

/**
 * Reads and admin writes of countries and their assessments, as entities: the rest layer turns them
 * into API views. Assessments are returned with their figures and citations loaded, so that turning
 * them into views reads nothing more from the database.
 */
@ApplicationScoped
public class CountryService {

    @Inject
    CountryRepository countries;
    @Inject
    AssessmentRepository assessments;
    @Inject
    SourceCatalog sources;
    @Inject
    CountryInputMapper inputs;
    @Inject
    Event<CountryDataChanged> changed;

    public List<Country> countries(Tier tier, Integer year) {
        return countries.filtered(tier, year);
    }

    public Country country(String code) {
        return countries.findByIdOptional(code)
                .orElseThrow(() -> new NotFoundException("No country with code " + code));
    }

    public List<Assessment> history(String code) {
        country(code);
        return loaded(assessments.history(code));
    }

    public Assessment assessment(String code, int year) {
        country(code);
        return assessments.find(code, year).map(CountryService::loaded)
                .orElseThrow(() -> new NotFoundException("No " + year + " assessment of " + code));
    }

    /**
     * Batch read for the gateway: per country, the assessment of {@code year}, or the latest one when
     * year is null; with {@code all}, every assessment (tier history). Countries without one are absent.
     */
    public Map<String, List<Assessment>> assessmentsOf(Collection<String> codes, Integer year, boolean all) {
        Map<String, List<Assessment>> byCountry = new LinkedHashMap<>();
        for (Assessment a : assessments.ofCountries(codes)) {
            List<Assessment> list = byCountry.computeIfAbsent(a.country.code, c -> new ArrayList<>());
            boolean wanted = all || (year != null ? a.reportYear == year : list.isEmpty());
            if (wanted) {
                list.add(loaded(a));
            }
        }
        byCountry.values().removeIf(List::isEmpty);
        return byCountry;
    }

    public List<Statute> statutes(String code) {
        country(code);
        return Statute.list("country.code = ?1 order by article", code);
    }

    public TierCount tierCount(int year) {
        TierCount count = TierCount.findById(year);
        if (count == null) {
            throw new NotFoundException("No published tier counts for the " + year + " report");
        }
        return count;
    }

    public List<TierCount> tierCounts() {
        return TierCount.listAll(Sort.descending("reportYear"));
    }

    @Transactional
    public Country createCountry(CountryInput input) {
        if (countries.findById(input.code()) != null) {
            throw new ConflictException("Country " + input.code() + " exists already");
        }
        Country country = inputs.applyTo(input, new Country());
        countries.persistAndFlush(country);
        changed.fire(new CountryDataChanged());
        return country;
    }

    @Transactional
    public Assessment create(String code, AssessmentInput input) {
        Country country = country(code);
        checkBody(code, input);
        if (assessments.find(code, input.reportYear()).isPresent()) {
            throw new ConflictException("The " + input.reportYear() + " assessment of " + code + " exists already");
        }
        Assessment assessment = new Assessment();
        assessment.country = country;
        inputs.applyTo(input, assessment);
        assessments.persistAndFlush(assessment);
        changed.fire(new CountryDataChanged());
        return assessment;
    }

    /** Replaces an assessment; the caller names the version it read, and a stale one gets 409. */
    @Transactional
    public Assessment update(String code, int year, AssessmentInput input) {
        Assessment assessment = assessment(code, year);
        checkBody(code, input);
        if (input.reportYear() != year) {
            throw new InvalidInputException("reportYear", input.reportYear() + " does not match the path's " + year);
        }
        if (input.version() == null) {
            throw new InvalidInputException("version", "the version you read is required to update");
        }
        if (input.version() != assessment.version) {
            throw ConflictException.staleVersion("The assessment is at version " + assessment.version
                    + ", not " + input.version() + "; read it again and retry");
        }
        inputs.applyTo(input, assessment);
        assessments.flush();
        changed.fire(new CountryDataChanged());
        return assessment;
    }

    private void checkBody(String code, AssessmentInput input) {
        if (input.country() != null && !Objects.equals(input.country(), code)) {
            throw new InvalidInputException("country", input.country() + " does not match the path's " + code);
        }
        List<String> problems = new ArrayList<>();
        SourceCatalog.checkCitations("sources", inputs.citations(input), sources.knownIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("sources", String.join("; ", problems));
        }
    }

    private static List<Assessment> loaded(List<Assessment> list) {
        list.forEach(CountryService::loaded);
        return list;
    }

    /** Loads the lazy collections here, where reading the database belongs (batched by Hibernate's fetch batch size). */
    private static Assessment loaded(Assessment a) {
        Hibernate.initialize(a.sources);
        Hibernate.initialize(a.lawEnforcement);
        return a;
    }
}
