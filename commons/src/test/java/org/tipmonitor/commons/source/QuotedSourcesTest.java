package org.tipmonitor.commons.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules by which the dataset's quotes are compared with the source documents. */
class QuotedSourcesTest {

    @Test
    void typographicQuotesDashesAndWhiteSpaceCompareAsTheirPlainForms() {
        assertThat(QuotedSources.normalize("the regime\u2019s \u201cdeserters\u201d \u2013 eight\n   years"))
                .isEqualTo("the regime's \"deserters\" - eight years");
    }

    @Test
    void numbersCountInDigitsInWordsAndByTheDatasetsConventions() {
        assertThat(QuotedSources.numbersIn("more than 1,000 Cubans between June 2023 and February 2024"))
                .contains(1000L, 2023L, 2024L);
        assertThat(QuotedSources.numbersIn("three to eight years' imprisonment")).contains(3L, 8L);
        assertThat(QuotedSources.numbersIn("tens of thousands of Ukrainian children")).contains(10_000L);
        assertThat(QuotedSources.numbersIn("between 75 and 95 percent")).contains(75L, 95L);
        assertThat(QuotedSources.numbersIn("in 2020, the government reported 52 victims, 19 convictions."))
                .contains(2020L, 52L, 19L);
        assertThat(QuotedSources.numbersIn("Cuba reported $7 billion, of which $4.9 billion"))
                .contains(7_000_000_000L, 4_900_000_000L);
        assertThat(QuotedSources.numbersIn("more than two million Ukrainians, including more than one million"))
                .contains(2_000_000L, 1_000_000L);
        assertThat(QuotedSources.numbersIn("only half of eligible migrants")).contains(50L);
    }

    @Test
    void aDecimalOrAPartOfAnotherNumberIsNotANumberOfItsOwn() {
        assertThat(QuotedSources.numbersIn("12,500")).containsExactly(12_500L);
        assertThat(QuotedSources.numbersIn("version 3.5")).doesNotContain(3L, 5L);
    }
}
