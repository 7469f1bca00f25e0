package org.tipmonitor.commons.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tipmonitor.api.country.CountryInput;
import org.tipmonitor.commons.source.SourceCatalog;
import org.tipmonitor.commons.source.SourceInput;

/**
 * The two files every service's dataset refers to: the source catalog (sources.json), which every
 * record cites by id, and the countries (country/countries.json), which records name by code so that
 * the gateway can resolve every code to a country. Read, like the rest of a load, before anything is
 * written, with their problems added to the load's.
 */
@ApplicationScoped
public class ReferenceFiles {

    public static final String COUNTRIES = "country/countries.json";
    /** The files every load reads besides its own ({@link DatasetLoader#files}). */
    public static final List<String> FILES = List.of(SourceCatalog.FILE, COUNTRIES);

    @Inject
    DatasetReader reader;
    @Inject
    SourceCatalog catalog;

    /**
     * What a load checks its records against. {@code sourceIds} are the ids of the files' sources and
     * of those already stored; {@code countryCodes} are the codes of the countries file.
     */
    public record References(List<SourceInput> sources, List<CountryInput> countries, Set<String> sourceIds,
            Set<String> countryCodes) {
    }

    public References read(Optional<Path> from, List<String> problems) {
        List<SourceInput> sources = catalog.read(from, problems);
        List<CountryInput> countries = reader.read(from, COUNTRIES, CountryInput.class, problems);
        Set<String> sourceIds = sources.stream().map(SourceInput::id).collect(Collectors.toCollection(HashSet::new));
        sourceIds.addAll(catalog.knownIds());
        Set<String> codes = countries.stream().map(CountryInput::code).collect(Collectors.toSet());
        return new References(sources, countries, Set.copyOf(sourceIds), Set.copyOf(codes));
    }
}
