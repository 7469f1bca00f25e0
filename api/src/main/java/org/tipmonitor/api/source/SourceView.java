package org.tipmonitor.api.source;

import java.time.LocalDate;
import org.tipmonitor.api.vocabulary.SourceKind;

/** A citation as the API shows it: the source document, and the section of it that states the record. */
public record SourceView(String id, String title, String publisher, LocalDate published, String url,
        SourceKind kind, String file, String section) {
}
