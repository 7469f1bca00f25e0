package org.tipmonitor.country.dataset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import org.tipmonitor.api.country.AssessmentInput;
import org.tipmonitor.api.country.CountryInput;
import org.tipmonitor.commons.dataset.DatasetLoader;
import org.tipmonitor.commons.dataset.DatasetReader;
import org.tipmonitor.commons.dataset.ReferenceFiles;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.commons.source.SourceInput;
import org.tipmonitor.country.model.Assessment;
import org.tipmonitor.country.model.Country;
import org.tipmonitor.country.model.CountryOwnedEntity;
import org.tipmonitor.country.model.Statute;
import org.tipmonitor.country.model.TierCount;
import org.tipmonitor.country.repository.AssessmentRepository;
import org.tipmonitor.country.service.CountryDataChanged;
import org.tipmonitor.country.service.CountryInputMapper;

/**
 * Loads the country dataset: sources.json and country/{countries,assessments,statutes,tier-counts}.json.
 * Every record is validated before anything is written, in one transaction; rows are matched by their
 * natural keys and only changed values are written, so loading the same files twice changes nothing.
 */
@ApplicationScoped
public class CountryDataset implements DatasetLoader {

    static final String ASSESSMENTS = "country/assessments.json";
    static final String STATUTES = "country/statutes.json";
    static final String TIER_COUNTS = "country/tier-counts.json";

    @Inject
    DatasetReader reader;
    @Inject
    SourceCatalog sourceCatalog;
    @Inject
    ReferenceFiles referenceFiles;
    @Inject
    AssessmentRepository assessments;
    @Inject
    CountryInputMapper inputs;
    @Inject
    DatasetRecordMapper datasetRecords;
    @Inject
    Event<CountryDataChanged> changed;

    public record LoadReport(int sources, int countries, int assessments, int statutes, int tierCounts) {
    }

    @Override
    public List<String> files() {
        return Stream.concat(ReferenceFiles.FILES.stream(), Stream.of(ASSESSMENTS, STATUTES, TIER_COUNTS)).toList();
    }

    @Override
    @Transactional
    public LoadReport load(Optional<Path> from) {
        List<String> problems = new ArrayList<>();
        ReferenceFiles.References references = referenceFiles.read(from, problems);
        List<SourceInput> sources = references.sources();
        List<CountryInput> countries = references.countries();
        List<AssessmentInput> assessmentInputs = reader.read(from, ASSESSMENTS, AssessmentInput.class, problems);
        List<StatuteInput> statutes = reader.read(from, STATUTES, StatuteInput.class, problems);
        List<TierCountInput> tierCounts = reader.read(from, TIER_COUNTS, TierCountInput.class, problems);
        check(references, assessmentInputs, statutes, tierCounts, problems);
        DatasetReader.rejectIfAny(problems);

        sourceCatalog.upsert(sources);
        for (CountryInput input : countries) {
            Country country = Country.<Country>findByIdOptional(input.code()).orElseGet(Country::new);
            persistIfNew(inputs.applyTo(input, country));
        }
        Country.flush();
        for (AssessmentInput input : assessmentInputs) {
            Assessment assessment = assessments.find(input.country(), input.reportYear())
                    .orElseGet(() -> ofCountry(input.country(), new Assessment()));
            inputs.applyTo(input, assessment);
            persistIfNew(assessment);
        }
        for (StatuteInput input : statutes) {
            Statute statute = Statute.<Statute>find("country.code = ?1 and article = ?2", input.country(), input.article())
                    .firstResultOptional().orElseGet(() -> ofCountry(input.country(), new Statute()));
            datasetRecords.applyTo(input, statute);
            persistIfNew(statute);
        }
        for (TierCountInput input : tierCounts) {
            TierCount count = TierCount.<TierCount>findByIdOptional(input.reportYear()).orElseGet(TierCount::new);
            datasetRecords.applyTo(input, count);
            persistIfNew(count);
        }
        changed.fire(new CountryDataChanged());
        return new LoadReport(sources.size(), countries.size(), assessmentInputs.size(), statutes.size(),
                tierCounts.size());
    }

    /** A new row of the country the record names (checked to exist before anything is written). */
    private static <E extends CountryOwnedEntity> E ofCountry(String code, E row) {
        row.country = Country.findById(code);
        return row;
    }

    /** A row found by its natural key is managed: JPA writes only what changed in it. A new one is persisted. */
    private static void persistIfNew(PanacheEntityBase row) {
        if (!row.isPersistent()) {
            row.persist();
        }
    }

    /** Cross-record rules: unique keys, known countries and sources. */
    private void check(ReferenceFiles.References references, List<AssessmentInput> assessmentInputs,
            List<StatuteInput> statutes, List<TierCountInput> tierCounts, List<String> problems) {
        Set<String> sourceIds = references.sourceIds();
        // country-service owns the countries: those stored already count as well as the file's.
        Set<String> codes = new HashSet<>(Country.<Country>streamAll().map(c -> c.code).toList());
        codes.addAll(references.countryCodes());
        duplicates(references.countries(), CountryInput::code, ReferenceFiles.COUNTRIES, problems);
        duplicates(assessmentInputs, a -> a.country() + " " + a.reportYear(), ASSESSMENTS, problems);
        duplicates(statutes, s -> s.country() + " " + s.article(), STATUTES, problems);
        duplicates(tierCounts, t -> String.valueOf(t.reportYear()), TIER_COUNTS, problems);
        for (int i = 0; i < assessmentInputs.size(); i++) {
            AssessmentInput a = assessmentInputs.get(i);
            String where = ASSESSMENTS + " record " + (i + 1);
            if (a.country() == null) {
                problems.add(where + ": country is required");
            } else if (!codes.contains(a.country())) {
                problems.add(where + ": unknown country " + a.country());
            }
            if (a.sources() != null) {
                SourceCatalog.checkCitations(where, inputs.citations(a), sourceIds, problems);
            }
        }
        for (int i = 0; i < statutes.size(); i++) {
            StatuteInput s = statutes.get(i);
            String where = STATUTES + " record " + (i + 1);
            if (s.country() != null && !codes.contains(s.country())) {
                problems.add(where + ": unknown country " + s.country());
            }
            if (s.citation() != null) {
                SourceCatalog.checkCitations(where, List.of(s.citation()), sourceIds, problems);
            }
        }
        for (int i = 0; i < tierCounts.size(); i++) {
            TierCountInput t = tierCounts.get(i);
            if (t.citation() != null) {
                SourceCatalog.checkCitations(TIER_COUNTS + " record " + (i + 1), List.of(t.citation()), sourceIds,
                        problems);
            }
        }
    }

    private static <T> void duplicates(List<T> records, Function<T, String> key, String file, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            if (!seen.add(k)) {
                problems.add(file + " record " + (i + 1) + ": duplicate of an earlier record (" + k + ")");
            }
        }
    }
}
