package org.tipmonitor.api.source;

import java.time.LocalDate;
import org.tipmonitor.api.vocabulary.SourceKind;

/**
 * A citation as the API shows it: the source document, the section of it that states the record, and
 * the supporting sentence(s) word for word. Listed on its own (GET /api/v1/sources), a document has no
 * section or quote.
 */
public record SourceView(String id, String title, String publisher, LocalDate published, String url,
        SourceKind kind, String file, String section, String quote) {
}
