package org.tipmonitor.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The read API, checked against what the source documents state. */
@QuarkusTest
@TestSecurity(user = "carol", roles = "partner")
class CountryResourceTest {

    @Test
    void russiaIsOnTier3InThe2025ReportWithAPolicyOrPatternOfTrafficking() {
        given().get("/api/v1/countries/RUS/assessments/2025").then().statusCode(200)
                .body("tier", equalTo("TIER_3"))
                .body("policyOrPattern", equalTo(true))
                .body("prosecutionTrend", equalTo("DECREASED"))
                .body("protectionTrend", equalTo("MAINTAINED"))
                .body("preventionTrend", equalTo("DECREASED"))
                .body("sources.id", hasItem("tip-2025-russia"))
                .body("sources[0].file", equalTo("003_617a6f649dffb196.txt"));
    }

    @Test
    void figuresRussiaDidNotReportAreNullNeverZero() {
        given().get("/api/v1/countries/RUS/assessments/2024").then().statusCode(200)
                .body("lawEnforcement.dataYear", contains(2023, 2020))
                .body("lawEnforcement[0].investigations.value", nullValue())
                .body("lawEnforcement[0].convictions.value", nullValue())
                .body("lawEnforcement[0].convictions.reporting", equalTo("NOT_REPORTED"))
                .body("lawEnforcement[0].reporting", equalTo("NOT_REPORTED"))
                .body("lawEnforcement[1].victimsIdentified.value", equalTo(52))
                .body("lawEnforcement[1].victimsIdentified.reporting", equalTo("OFFICIAL"))
                .body("lawEnforcement[1].investigations", nullValue());
    }

    @Test
    void figuresOfAReportingPeriodTheSourceGivesNoYearForAreNotFiledUnderAnInventedYear() {
        given().get("/api/v1/countries/RUS/assessments/2025").then().statusCode(200)
                .body("lawEnforcement.dataYear", contains(2020))
                .body("lawEnforcement[0].victimsIdentified.value", equalTo(52))
                .body("lawEnforcement[0].source.quote", containsString("compared with 52 in 2020"))
                .body("summary", containsString("did not report investigating, prosecuting or convicting any traffickers"));
    }

    @Test
    void everyCitationCarriesTheSentenceItRestsOn() {
        given().get("/api/v1/countries/CUB/assessments/2025").then().statusCode(200)
                .body("sources.quote", everyItem(not(emptyOrNullString())))
                .body("sources.section", hasItem("PROSECUTION"))
                .body("sources.quote", hasItem("The regime maintained prosecution efforts."))
                .body("lawEnforcement[0].source.quote", containsString("convicted 19 traffickers in 2023"));
        given().get("/api/v1/countries/RUS/statutes").then().statusCode(200)
                .body("source.quote", everyItem(not(emptyOrNullString())));
        given().get("/api/v1/tier-counts/2025").then().statusCode(200)
                .body("source.quote", containsString("33 countries in Tier 1"));
    }

    @Test
    void aPolicyOrPatternNoSourceStatesIsNullNotFalse() {
        given().get("/api/v1/countries/USA/assessments/2025").then().statusCode(200)
                .body("tier", equalTo("TIER_1")).body("$", hasKey("policyOrPattern"))
                .body("policyOrPattern", nullValue());
        given().get("/api/v1/countries/RUS/assessments/2023").then().statusCode(200)
                .body("policyOrPattern", nullValue());
    }

    @Test
    void cubasArticle1761PunishesWorkersNotTraffickersAndHasNoTitleInTheSource() {
        given().get("/api/v1/countries/CUB/statutes").then().statusCode(200)
                .body("find { it.article == '176.1' }.adultPenalty", nullValue())
                .body("find { it.article == '176.1' }.title", nullValue())
                .body("find { it.article == '176.1' }.criminalizes", containsString("penalizing potential victims"))
                .body("find { it.article == '363.1' }.title", nullValue());
    }

    @Test
    void cubaRemainedOnTier3SoThe2024ReportPlacedItThereWithoutAStatedPolicyOrPattern() {
        given().get("/api/v1/countries/CUB/assessments/2024").then().statusCode(200)
                .body("tier", equalTo("TIER_3"))
                .body("policyOrPattern", nullValue())
                .body("lawEnforcement", hasSize(0))
                .body("sources.quote", hasItem("Cuba remained on Tier 3."));
        given().get("/api/v1/countries/CUB/assessments").then().statusCode(200)
                .body("reportYear", contains(2025, 2024));
    }

    @Test
    void cubasSentencesIn2023RangedFromThreeTo20YearsByRegimeReporting() {
        given().get("/api/v1/countries/CUB/assessments/2025").then().statusCode(200)
                .body("lawEnforcement[0].note", containsString("according to regime reporting, sentences ranged from three to 20 years"))
                .body("lawEnforcement[0].source.quote", containsString("sentences ranged from three to 20 years"));
    }

    @Test
    void cubasSanctionsOnWorkersWhoLeaveAMissionAreStatedAsSuchWithoutATraffickingPenalty() {
        given().get("/api/v1/countries/CUB/statutes").then().statusCode(200)
                .body("findAll { it.article.startsWith('Ministry of Interior') }", hasSize(1))
                .body("find { it.article.startsWith('Ministry of Interior') }.criminalizes",
                        containsString("barred from returning to Cuba for eight years"))
                .body("find { it.article.startsWith('Ministry of Interior') }.adultPenalty", nullValue())
                .body("find { it.article.startsWith('Immigration law') }.source.section", equalTo("PROTECTION; PREVENTION"))
                .body("find { it.article.startsWith('Immigration law') }.childPenalty", nullValue());
    }

    @Test
    void russiasDecreesOnUkrainianChildrenAndForcedLaborAreListedWithTheirQuotes() {
        given().get("/api/v1/countries/RUS/statutes").then().statusCode(200)
                .body("article", hasItems("Decree of December 2023 (number not given)",
                        "Decree of January 2024 (number not given)",
                        "Decree of October 2022 imposing martial law in occupied territory (number not given)",
                        "2022 mobilization decree (number not given)"))
                .body("find { it.article.startsWith('Decree of January 2024') }.source.quote",
                        containsString("expediting Russian citizenship for children"))
                .body("find { it.article.startsWith('Decree on a prison network') }.criminalizes",
                        containsString("three forced labor camps"));
    }

    @Test
    void cubaConvicted19TraffickersIn2023And6In2022() {
        given().get("/api/v1/countries/CUB/assessments/2025").then().statusCode(200)
                .body("tier", equalTo("TIER_3"))
                .body("lawEnforcement.dataYear", contains(2023, 2022))
                .body("lawEnforcement[0].investigations.value", equalTo(14))
                .body("lawEnforcement[0].prosecutions.value", equalTo(20))
                .body("lawEnforcement[0].convictions.value", equalTo(19))
                .body("lawEnforcement[0].victimsIdentified.value", equalTo(14))
                .body("lawEnforcement[0].reporting", equalTo("OFFICIAL"))
                .body("lawEnforcement[1].investigations.value", equalTo(7))
                .body("lawEnforcement[1].convictions.value", equalTo(6))
                .body("lawEnforcement[1].source.id", equalTo("tip-2025-cuba"));
    }

    @Test
    void tierHistoryIsNewestFirst() {
        given().get("/api/v1/countries/RUS/assessments").then().statusCode(200)
                .body("reportYear", contains(2025, 2024, 2023))
                .body("tier", contains("TIER_3", "TIER_3", "TIER_3"));
    }

    @Test
    void listsEveryCountryTheSourcesName() {
        given().get("/api/v1/countries").then().statusCode(200)
                .body("code", hasItems("RUS", "CUB", "UKR", "PRK", "BLR", "SYR", "CAF", "NGA", "MDA", "USA"))
                .body("size()", greaterThanOrEqualTo(27));
        given().get("/api/v1/countries/CUB").then().statusCode(200)
                .body("name", equalTo("Cuba")).body("region", equalTo("Western Hemisphere"));
    }

    @Test
    void filtersCountriesByTierAndReportYear() {
        given().queryParam("tier", "TIER_3").queryParam("year", 2025)
                .get("/api/v1/countries").then().statusCode(200).body("code", contains("CUB", "RUS"));
        given().queryParam("tier", "TIER_1").queryParam("year", 2025)
                .get("/api/v1/countries").then().statusCode(200).body("code", contains("USA"));
        given().queryParam("year", 2024)
                .get("/api/v1/countries").then().statusCode(200).body("code", contains("CUB", "RUS"));
        given().queryParam("tier", "TIER_3")
                .get("/api/v1/countries").then().statusCode(200).body("code", hasItems("CUB", "RUS"))
                .body("code", not(hasItem("USA")));
    }

    @Test
    void unknownTierFilterIsABadRequestNamingTheField() {
        given().queryParam("tier", "TIER_9").get("/api/v1/countries").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("tier"));
    }

    @Test
    void the2025ReportPlaced33_52_25_20CountriesOnTheTiers() {
        given().get("/api/v1/tier-counts/2025").then().statusCode(200)
                .body("tier1", equalTo(33)).body("tier2", equalTo(52))
                .body("tier2WatchList", equalTo(25)).body("tier3", equalTo(20))
                .body("specialCase", nullValue())
                .body("source.id", equalTo("tip-2025-cuba"));
        given().get("/api/v1/tier-counts").then().statusCode(200).body("reportYear", hasItem(2025));
    }

    @Test
    void tierCountsOfAnUnpublishedYearAreNotFound() {
        given().get("/api/v1/tier-counts/2019").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("2019"));
    }

    @Test
    void statutesCarryTheirPenaltyRanges() {
        given().get("/api/v1/countries/RUS/statutes").then().statusCode(200)
                .body("find { it.article == '127.1' }.adultPenalty.maxYears", equalTo(6))
                .body("find { it.article == '127.1' }.adultPenalty.minYears", nullValue())
                .body("find { it.article == '127.1' }.childPenalty.minYears", equalTo(3))
                .body("find { it.article == '127.1' }.childPenalty.maxYears", equalTo(10));
        given().get("/api/v1/countries/CUB/statutes").then().statusCode(200)
                .body("find { it.article == '363.1' }.adultPenalty.minYears", equalTo(7))
                .body("find { it.article == '363.1' }.adultPenalty.maxYears", equalTo(15))
                .body("find { it.article == '363.1' }.childPenalty.upToLife", equalTo(true));
    }

    @Test
    void batchReadReturnsTheLatestAssessmentOfEachCountryInOneCall() {
        given().queryParam("country", "RUS", "CUB", "UKR")
                .get("/api/v1/assessments").then().statusCode(200)
                .body("RUS", hasSize(1)).body("RUS[0].reportYear", equalTo(2025))
                .body("CUB[0].reportYear", equalTo(2025))
                .body("$", not(hasKey("UKR")));
    }

    @Test
    void batchReadCanAskForAYearOrTheWholeHistory() {
        given().queryParam("country", "RUS", "CUB").queryParam("year", 2024)
                .get("/api/v1/assessments").then().statusCode(200)
                .body("RUS[0].reportYear", equalTo(2024)).body("CUB[0].reportYear", equalTo(2024));
        given().queryParam("country", "RUS").queryParam("history", true)
                .get("/api/v1/assessments").then().statusCode(200)
                .body("RUS.reportYear", contains(2025, 2024, 2023));
        given().get("/api/v1/assessments").then().statusCode(200)
                .body("$", hasKey("USA")).body("$", hasKey("RUS"));
    }

    @Test
    void batchReadRejectsABadCode() {
        given().queryParam("country", "RUS", "cu").get("/api/v1/assessments").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("country[1]"));
    }

    @Test
    void unknownCountryIsNotFoundAsProblem() {
        given().get("/api/v1/countries/XYZ").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/v1/countries/XYZ/assessments").then().statusCode(404);
        given().get("/api/v1/countries/CUB/assessments/2019").then().statusCode(404);
    }

    @Test
    void badCodeOrYearIsRejectedNamingTheField() {
        given().get("/api/v1/countries/ru").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("code"));
        given().get("/api/v1/countries/RUS/assessments/1990").then().statusCode(400)
                .body("violations.field", hasItems("year"));
    }

    @Test
    void sourcesAreListedWithTheirPublisher() {
        given().get("/api/v1/sources").then().statusCode(200)
                .body("id", hasItems("tip-2024-russia", "tip-2025-russia", "tip-2025-cuba",
                        "ctg-brief-2023-cuba-russia", "article-russia-sex-trafficking"));
        given().get("/api/v1/sources/ctg-brief-2023-cuba-russia").then().statusCode(200)
                .body("published", equalTo("2023-09-05")).body("kind", equalTo("BRIEF"));
        given().get("/api/v1/sources/tip-2025-russia").then().statusCode(200)
                .body("published", nullValue()).body("file", equalTo("003_617a6f649dffb196.txt"));
        given().get("/api/v1/sources/nope").then().statusCode(404);
    }
}
