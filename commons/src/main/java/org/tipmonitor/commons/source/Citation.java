package org.tipmonitor.commons.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tipmonitor.api.source.CitationInput;

/**
 * Where a row comes from: a source document, the section of it that states the row, and the sentence
 * or sentences of that section that support it, word for word (a short quote, never a paraphrase).
 */
@Embeddable
public record Citation(
        @NotBlank @Size(max = 64) @Column(name = "source_id") String source,
        @NotBlank @Size(max = 200) @Column(name = "section") String section,
        @NotBlank @Size(max = CitationInput.QUOTE_MAX) @Column(name = "quote") String quote) {
}
