package org.tipmonitor.api.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A citation as a writer gives it: the id of a source document in the catalog, and its section. */
public record CitationInput(
        @NotBlank @Size(max = 64) String source,
        @NotBlank @Size(max = 200) String section) {
}
