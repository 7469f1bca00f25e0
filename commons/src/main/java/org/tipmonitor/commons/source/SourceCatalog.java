package org.tipmonitor.commons.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.commons.dataset.DatasetReader;

/** The shared catalog of source documents (dataset/sources.json) and the resolution of citations. */
@ApplicationScoped
public class SourceCatalog {

    public static final String FILE = "sources.json";

    @Inject
    DatasetReader reader;

    public List<SourceInput> read(Optional<Path> folder, List<String> problems) {
        List<SourceInput> sources = reader.read(folder, FILE, SourceInput.class, problems);
        sources.stream().collect(Collectors.groupingBy(SourceInput::id, Collectors.counting()))
                .forEach((id, n) -> {
                    if (n > 1) {
                        problems.add(FILE + ": source id '" + id + "' appears " + n + " times");
                    }
                });
        return sources;
    }

    /** Checks that every citation names a known source; call before writing anything. */
    public static void checkCitations(String where, Collection<Citation> citations, Set<String> knownIds,
            List<String> problems) {
        for (Citation c : citations) {
            if (c != null && c.source() != null && !knownIds.contains(c.source())) {
                problems.add(where + ": unknown source '" + c.source() + "'");
            }
        }
    }

    /** The catalog is tiny and changes only on a dataset load, so reads resolve citations from memory. */
    private volatile Map<String, SourceDocument> cache;

    /** Inserts new sources and updates changed ones; unchanged rows are left untouched. */
    public void upsert(List<SourceInput> sources) {
        cache = null;
        for (SourceInput input : sources) {
            SourceDocument doc = SourceDocument.findById(input.id());
            if (doc == null) {
                input.applyTo(new SourceDocument()).persist();
            } else {
                input.applyTo(doc);
            }
        }
    }

    public Set<String> knownIds() {
        return documents().keySet();
    }

    /**
     * Each citation's source document, looked up once for a whole answer before it is mapped: the
     * mappers do no I/O, and the catalog reads the database when its cache is cold.
     */
    public Map<Citation, SourceView> resolveAll(Stream<Citation> citations) {
        return citations.filter(Objects::nonNull).distinct()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), this::resolve));
    }

    public List<SourceView> resolve(Collection<Citation> citations) {
        return citations.stream().map(this::resolve).toList();
    }

    public SourceView resolve(Citation citation) {
        return view(documents().get(citation.source()), citation);
    }

    /** A document as cited ({@code citation}), or on its own (null). */
    static SourceView view(SourceDocument doc, Citation citation) {
        return new SourceView(doc.id, doc.title, doc.publisher, doc.published, doc.url, doc.kind, doc.file,
                citation == null ? null : citation.section(), citation == null ? null : citation.quote());
    }

    private Map<String, SourceDocument> documents() {
        Map<String, SourceDocument> docs = cache;
        if (docs == null) {
            docs = SourceDocument.<SourceDocument>listAll().stream()
                    .collect(Collectors.toUnmodifiableMap(d -> d.id, Function.identity()));
            cache = docs;
        }
        return docs;
    }
}
