package org.tipmonitor.country.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.RecordRevision;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;
import org.tipmonitor.country.repository.HistoryRepository;
import org.tipmonitor.country.security.AccessRules;

/**
 * The audit history of countries, assessments, statutes and tier counts: every change with who made it and
 * when, newest first, for admins and analysts only (AccessRules.requireHistoryReader, asked here so that no
 * caller of this class can forget it). A record stored before the history began (Flyway V3) has none until
 * its next change; an unknown country, assessment or report year is a 404, as in CountryService.
 *
 * <p>Read in a transaction: a past state's country is read from its _aud table when the rest layer maps it.
 */
@ApplicationScoped
public class CountryHistory {

    @Inject
    HistoryRepository history;
    @Inject
    CountryService current;
    @Inject
    AccessRules access;

    @Transactional
    public List<RecordRevision<Country>> country(String code) {
        access.requireHistoryReader();
        current.country(code);
        return history.country(code);
    }

    @Transactional
    public List<RecordRevision<Assessment>> assessment(String code, int year) {
        access.requireHistoryReader();
        List<RecordRevision<Assessment>> revisions = history.assessments(List.of(code), year);
        if (revisions.isEmpty()) {
            current.assessment(code, year);
        }
        return revisions;
    }

    /** Batch read for the gateway: per country (every country when none is named), the changes of all its assessments; countries without any are absent. */
    @Transactional
    public Map<String, List<RecordRevision<Assessment>>> assessmentsOf(Collection<String> codes) {
        access.requireHistoryReader();
        return history.assessments(codes, null).stream().collect(Collectors.groupingBy(
                r -> r.state().country.code, LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional
    public List<RecordRevision<Statute>> statutes(String code) {
        access.requireHistoryReader();
        current.country(code);
        return history.statutes(code);
    }

    @Transactional
    public List<RecordRevision<TierCount>> tierCount(int year) {
        access.requireHistoryReader();
        List<RecordRevision<TierCount>> revisions = history.tierCount(year);
        if (revisions.isEmpty()) {
            current.tierCount(year);
        }
        return revisions;
    }
}
