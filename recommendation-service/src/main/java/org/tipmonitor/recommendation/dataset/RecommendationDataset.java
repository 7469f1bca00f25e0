package org.tipmonitor.recommendation.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tipmonitor.commons.dataset.DatasetLoader;
import org.tipmonitor.commons.dataset.DatasetReader;
import org.tipmonitor.commons.dataset.ReferenceFiles;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.commons.source.SourceInput;
import org.tipmonitor.recommendation.model.Recommendation;
import org.tipmonitor.recommendation.service.RecommendationDataChanged;

/**
 * Loads sources.json and recommendation/recommendations.json (country codes are checked against
 * country/countries.json). Every record is validated before anything is written, in one transaction;
 * rows are matched by id and only changed values are written, so loading the same files twice
 * changes nothing. Implementation updates are never touched by a load.
 */
@ApplicationScoped
public class RecommendationDataset implements DatasetLoader {

    static final String RECOMMENDATIONS = "recommendation/recommendations.json";

    @Inject
    DatasetReader reader;
    @Inject
    SourceCatalog sourceCatalog;
    @Inject
    ReferenceFiles referenceFiles;
    @Inject
    RecommendationInputMapper inputMapper;
    @Inject
    Event<RecommendationDataChanged> changed;

    public record LoadReport(int sources, int recommendations, int inserted) {
    }

    @Override
    public List<String> files() {
        return Stream.concat(ReferenceFiles.FILES.stream(), Stream.of(RECOMMENDATIONS)).toList();
    }

    @Override
    @Transactional
    public LoadReport load(Optional<Path> from) {
        List<String> problems = new ArrayList<>();
        ReferenceFiles.References references = referenceFiles.read(from, problems);
        List<SourceInput> sources = references.sources();
        List<RecommendationInput> inputs = reader.read(from, RECOMMENDATIONS, RecommendationInput.class, problems);
        Set<String> sourceIds = references.sourceIds();
        Set<String> codes = references.countryCodes();
        if (problems.isEmpty()) {
            Set<String> undatedSources = sources.stream().filter(s -> s.published() == null).map(SourceInput::id)
                    .collect(Collectors.toSet());
            new LineageCheck(inputs, codes, sourceIds, undatedSources, problems).run();
        }
        DatasetReader.rejectIfAny(problems);

        sourceCatalog.upsert(sources);
        Map<String, Integer> years = yearsOutstanding(inputs);
        Instant now = Instant.now();
        int inserted = 0;
        // Earlier reports first, so that a row's previous form is written before it.
        for (RecommendationInput input : inputs.stream()
                .sorted(Comparator.comparing(RecommendationInput::reportYear,
                                Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                        .thenComparing(RecommendationInput::id))
                .toList()) {
            Recommendation r = Recommendation.findById(input.id());
            if (r == null) {
                r = new Recommendation();
                r.createdAt = now;
                inputMapper.applyTo(input, years.get(input.id()), r);
                r.persist();
                inserted++;
            } else {
                inputMapper.applyTo(input, years.get(input.id()), r);
            }
        }
        changed.fire(new RecommendationDataChanged());
        return new LoadReport(sources.size(), inputs.size(), inserted);
    }

    /** Report years in a row: one plus the previous form's count; links always go to the preceding report. */
    static Map<String, Integer> yearsOutstanding(List<RecommendationInput> inputs) {
        Map<String, RecommendationInput> byId = new HashMap<>();
        inputs.forEach(i -> byId.put(i.id(), i));
        Map<String, Integer> years = new HashMap<>();
        for (RecommendationInput input : inputs) {
            int n = 1;
            for (RecommendationInput p = byId.get(input.previous()); p != null; p = byId.get(p.previous())) {
                n++;
            }
            years.put(input.id(), n);
        }
        return years;
    }
}
