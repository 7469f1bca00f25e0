package org.tipmonitor.recommendation.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tipmonitor.api.recommendation.RecommendationId;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.api.vocabulary.Pillar;
import org.tipmonitor.commons.source.Citation;

/**
 * One record of dataset/recommendation/recommendations.json. {@code reportYear} is null only when every
 * source the record cites is undated (LineageCheck); its id then has ND in place of the year.
 */
public record RecommendationInput(
        @NotNull @RecommendationId String id,
        @NotNull @CountryCode String country,
        @ReportYear Integer reportYear,
        @NotBlank @Size(max = 300) String issuer,
        @NotBlank @Size(max = 300) String addressee,
        List<@NotNull @CountryCode String> addresseeCountries,
        @NotNull Pillar pillar,
        @NotNull @Positive @Max(99) Integer position,
        @NotBlank @Size(max = 2000) String text,
        @RecommendationId String previous,
        @Size(max = 2000) String wordingChange,
        @NotEmpty List<@NotNull @Valid Citation> sources) {

    @Override
    public List<String> addresseeCountries() {
        return addresseeCountries == null ? List.of() : addresseeCountries;
    }

    /** The id a record must have: its prefix, report year (ND when it has none) and two-digit position. */
    String expectedId() {
        String year = reportYear == null ? "ND" : reportYear.toString();
        return id.substring(0, 3) + "-" + year + "-" + String.format("%02d", position);
    }
}
