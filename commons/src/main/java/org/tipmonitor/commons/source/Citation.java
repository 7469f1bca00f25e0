package org.tipmonitor.commons.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a row comes from: a source document and the section of it that states the row. */
@Embeddable
public record Citation(
        @NotBlank @Size(max = 64) @Column(name = "source_id") String source,
        @NotBlank @Size(max = 200) @Column(name = "section") String section) {
}
