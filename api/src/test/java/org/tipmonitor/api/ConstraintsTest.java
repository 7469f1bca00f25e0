package org.tipmonitor.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tipmonitor.api.validation.Checks;
import org.tipmonitor.api.validation.CountryCode;
import org.tipmonitor.api.validation.ReportYear;
import org.tipmonitor.api.vocabulary.ReportedValue;
import org.tipmonitor.api.vocabulary.Reporting;

/** The shared constraints behave as every service and the gateway rely on. */
class ConstraintsTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Query(@CountryCode String country, List<@CountryCode String> countries, @ReportYear Integer year) {
    }

    record Figure(Integer value, Reporting reporting) implements ReportedValue {
    }

    @Test
    void aCountryCodeIsThreeCapitalLettersAndNullIsAllowed() {
        assertThat(VALIDATOR.validate(new Query("RUS", List.of("CUB", "PRK"), null))).isEmpty();
        assertThat(messages(new Query("rus", List.of(), null))).containsExactly("country: " + CountryCode.MESSAGE);
        assertThat(Checks.isCountryCode("UKR")).isTrue();
        assertThat(Checks.isCountryCode("UK")).isFalse();
        assertThat(Checks.isCountryCode("ukr")).isFalse();
        assertThat(Checks.isCountryCode(null)).isFalse();
    }

    @Test
    void aBadCodeInsideAListIsNamedByItsIndex() {
        assertThat(messages(new Query(null, List.of("CUB", "Cuba"), null)))
                .containsExactly("countries[1].<list element>: " + CountryCode.MESSAGE);
    }

    @Test
    void aReportYearIsFrom2001To2100AndSaysSoInOneMessage() {
        assertThat(VALIDATOR.validate(new Query(null, List.of(), 2025))).isEmpty();
        assertThat(messages(new Query(null, List.of(), 2000)))
                .containsExactly("year: must be a report year from 2001 to 2100");
        assertThat(Checks.isReportYear(4294969321L)).isFalse();
    }

    @Test
    void aFigureNotReportedHasNoValueAndAReportedFigureHasOne() {
        assertThat(VALIDATOR.validate(new Figure(null, Reporting.NOT_REPORTED))).isEmpty();
        assertThat(VALIDATOR.validate(new Figure(0, Reporting.OFFICIAL))).isEmpty();
        assertThat(messages(new Figure(0, Reporting.NOT_REPORTED)))
                .containsExactly("consistent: a NOT_REPORTED figure has no value, and a reported one needs a value");
        assertThat(messages(new Figure(null, Reporting.OFFICIAL))).hasSize(1);
    }

    private static <T> List<String> messages(T bean) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(bean);
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    @Test
    void noTextCarriesNulOrAnotherControlCharacterButMultilineTextKeepsItsLineBreaks() {
        assertThat(Checks.forbiddenCharacter("plain text, ünïcode and emoji \uD83D\uDE00", false)).isEqualTo(-1);
        assertThat(Checks.forbiddenCharacter("a\u0000b", true)).isEqualTo(1);
        assertThat(Checks.forbiddenCharacter("a\u0085b", true)).isEqualTo(1);
        assertThat(Checks.forbiddenCharacter("lone \uD800", true)).isEqualTo(5);
        assertThat(Checks.forbiddenCharacter("line\r\nnext\tcell", true)).isEqualTo(-1);
        assertThat(Checks.forbiddenCharacter("line\nnext", false)).isEqualTo(4);
        assertThat(Checks.forbiddenCharacterMessage("a\u0000", 1)).contains("U+0000");
    }

    @Test
    void anErrorQuotesAtMostAHundredCharactersOfAValueWithControlCharactersSpelledOut() {
        assertThat(Checks.excerpt("x".repeat(1_000_000))).hasSize(Checks.QUOTED_CHARS + 1).endsWith("…");
        assertThat(Checks.excerpt("a\u0000b")).isEqualTo("a\\u0000b");
        assertThat(Checks.bounded("y".repeat(250_000))).hasSizeLessThan(1100);
        assertThat(Checks.isRequestId("0d6c1f0e-5b5e-4a8f-9d43-1f2a3b4c5d6e")).isTrue();
        assertThat(Checks.isRequestId("short")).isFalse();
    }
}
