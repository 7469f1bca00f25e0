package org.tipmonitor.commons.source;

import java.time.LocalDate;
import org.tipmonitor.commons.vocabulary.SourceKind;

/** A citation as the API shows it: the document, and the section that states the figure. */
public record SourceView(String id, String title, String publisher, LocalDate published, String url,
        SourceKind kind, String file, String section) {

    public static SourceView of(SourceDocument doc, String section) {
        return new SourceView(doc.id, doc.title, doc.publisher, doc.published, doc.url, doc.kind, doc.file, section);
    }
}
