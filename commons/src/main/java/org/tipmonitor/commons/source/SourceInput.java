package org.tipmonitor.commons.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tipmonitor.api.vocabulary.SourceKind;

/** One record of dataset/sources.json. */
public record SourceInput(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String id,
        @NotBlank @Size(max = 128) String file,
        @NotBlank String title,
        @NotBlank String publisher,
        LocalDate published,
        @Pattern(regexp = "https?://.+") String url,
        @NotNull SourceKind kind) {

    SourceDocument applyTo(SourceDocument doc) {
        doc.id = id;
        doc.file = file;
        doc.title = title;
        doc.publisher = publisher;
        doc.published = published;
        doc.url = url;
        doc.kind = kind;
        return doc;
    }
}
