package org.tipmonitor.api.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A citation as a writer gives it: the id of a source document in the catalog, its section, and the
 * sentence or sentences of that section that support the record, copied word for word.
 */
public record CitationInput(
        @NotBlank @Size(max = 64) String source,
        @NotBlank @Size(max = 200) String section,
        @NotBlank @Size(max = QUOTE_MAX) String quote) {

    /** A quote is a sentence or a few, not a page. */
    public static final int QUOTE_MAX = 2000;
}
