package org.tipmonitor.victim.published.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;
import org.tipmonitor.victim.published.repository.PathwayRepository;
import org.tipmonitor.victim.published.repository.StatisticRepository;

/** Reads of the published, source-cited data: statistics and recruitment pathways. */
@ApplicationScoped
public class PublishedDataService {

    @Inject
    StatisticRepository statistics;
    @Inject
    PathwayRepository pathways;

    /** Batch read for the gateway: statistics by country code; countries without any are absent. */
    public Map<String, List<Statistic>> statisticsByCountry(Collection<String> countries, Integer year) {
        Map<String, List<Statistic>> byCountry = new LinkedHashMap<>();
        for (Statistic s : statistics.of(countries, year)) {
            byCountry.computeIfAbsent(s.countryCode, c -> new ArrayList<>()).add(s);
        }
        return byCountry;
    }

    public Statistic statistic(String id) {
        return statistics.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No statistic " + id));
    }

    public List<Pathway> pathways(String origin, String destination, ExploitationType exploitation,
            Collection<String> countries, boolean regional) {
        return pathways.filtered(origin, destination, exploitation, countries, regional);
    }

    public Pathway pathway(String id) {
        return pathways.findWithCollections(id).orElseThrow(() -> new NotFoundException("No pathway " + id));
    }
}
