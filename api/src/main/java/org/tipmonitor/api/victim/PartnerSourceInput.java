package org.tipmonitor.api.victim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tipmonitor.api.source.CitationInput;
import org.tipmonitor.api.validation.WebAddress;

/**
 * The document a partner organization's finding rests on, as the organization gives it. Partner documents
 * are not in the shared source catalog (dataset/sources.json), so the finding carries its own: everything a
 * reader needs to find the document and check the figure, the exact sentence(s) quoted included. Only the
 * section is optional (a short report may have none).
 */
public record PartnerSourceInput(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200) String publisher,
        @NotNull LocalDate published,
        @NotNull @Size(max = 2000) @WebAddress String url,
        @Size(max = 200) String section,
        @NotBlank @Size(max = CitationInput.QUOTE_MAX) String quote) {
}
