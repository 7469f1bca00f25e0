package org.tipmonitor.victim.published.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.tipmonitor.commons.dataset.DatasetLoader;
import org.tipmonitor.commons.dataset.DatasetReader;
import org.tipmonitor.commons.dataset.ReferenceFiles;
import org.tipmonitor.commons.source.Citation;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.victim.published.model.Pathway;
import org.tipmonitor.victim.published.model.Statistic;
import org.tipmonitor.victim.published.repository.PathwayRepository;
import org.tipmonitor.victim.published.repository.StatisticRepository;
import org.tipmonitor.victim.published.service.VictimDataChanged;

/**
 * Loads the victim dataset: sources.json and victim/{statistics,pathways}.json. Every record is
 * validated before anything is written, in one transaction; rows are matched by id and only changed
 * values are written, so loading the same files twice changes nothing. Country codes must be in the
 * shared country/countries.json, so that the gateway can resolve every code to a country.
 */
@ApplicationScoped
public class VictimDataset implements DatasetLoader {

    private static final Logger LOG = Logger.getLogger(VictimDataset.class);

    static final String STATISTICS = "victim/statistics.json";
    static final String PATHWAYS = "victim/pathways.json";

    @Inject
    DatasetReader reader;
    @Inject
    SourceCatalog sourceCatalog;
    @Inject
    ReferenceFiles referenceFiles;
    @Inject
    StatisticRepository statisticRepository;
    @Inject
    PathwayRepository pathwayRepository;
    @Inject
    InputMapper mapper;
    @Inject
    Event<VictimDataChanged> changed;

    public record LoadReport(int sources, int statistics, int pathways) {
    }

    @Override
    public List<String> files() {
        return Stream.concat(ReferenceFiles.FILES.stream(), Stream.of(STATISTICS, PATHWAYS)).toList();
    }

    @Override
    @Transactional
    public LoadReport load(Optional<Path> from) {
        List<String> problems = new ArrayList<>();
        ReferenceFiles.References references = referenceFiles.read(from, problems);
        List<StatisticInput> statistics = reader.read(from, STATISTICS, StatisticInput.class, problems);
        List<PathwayInput> pathways = reader.read(from, PATHWAYS, PathwayInput.class, problems);
        Set<String> codes = references.countryCodes();
        Set<String> sourceIds = references.sourceIds();
        check(statistics, STATISTICS, StatisticInput::id, s -> s.country() == null ? List.of() : List.of(s.country()), StatisticInput::sources,
                codes, sourceIds, problems);
        check(pathways, PATHWAYS, PathwayInput::id, p -> p.countries().toList(), PathwayInput::sources,
                codes, sourceIds, problems);
        DatasetReader.rejectIfAny(problems);

        sourceCatalog.upsert(references.sources());
        // Persisting a row that is already there does nothing: it is managed, so the mapper's writes update it.
        for (StatisticInput input : statistics) {
            Statistic statistic = statisticRepository.findByIdOptional(input.id()).orElseGet(Statistic::new);
            mapper.update(input, statistic);
            statisticRepository.persist(statistic);
        }
        for (PathwayInput input : pathways) {
            Pathway pathway = pathwayRepository.findByIdOptional(input.id()).orElseGet(Pathway::new);
            mapper.update(input, pathway);
            pathwayRepository.persist(pathway);
        }
        // The published figures are the dataset's and nothing else: a figure it no longer holds (withdrawn, or
        // corrected under another id) goes, with its citations (on delete cascade), instead of being served on.
        long withdrawn = statisticRepository.delete("id not in ?1", ids(statistics, StatisticInput::id))
                + pathwayRepository.delete("id not in ?1", ids(pathways, PathwayInput::id));
        if (withdrawn > 0) {
            LOG.infof("%d statistics and pathways no longer in the dataset removed", withdrawn);
        }
        changed.fire(new VictimDataChanged());
        return new LoadReport(references.sources().size(), statistics.size(), pathways.size());
    }

    /** The records' ids for {@code not in}; never an empty list (not valid SQL): no id is blank, so {@code ""} keeps nothing. */
    private static <T> List<String> ids(List<T> records, Function<T, String> id) {
        List<String> ids = records.stream().map(id).toList();
        return ids.isEmpty() ? List.of("") : ids;
    }

    /** Cross-record rules: unique ids, countries known to the shared country list, known sources. */
    private static <T> void check(List<T> records, String file, Function<T, String> id,
            Function<T, List<String>> countriesOf, Function<T, List<Citation>> citationsOf,
            Set<String> codes, Set<String> sourceIds, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            String where = file + " record " + (i + 1);
            if (id.apply(record) != null && !seen.add(id.apply(record))) {
                problems.add(where + ": duplicate id " + id.apply(record));
            }
            for (String code : countriesOf.apply(record)) {
                if (!codes.contains(code)) {
                    problems.add(where + ": country " + code + " is not in " + ReferenceFiles.COUNTRIES);
                }
            }
            if (citationsOf.apply(record) != null) {
                SourceCatalog.checkCitations(where, citationsOf.apply(record), sourceIds, problems);
            }
        }
    }
}
