package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "carol", roles = "partner")
class PublishedDataTest {

    @Test
    void about26000CubanMedicalWorkersServedInMoreThan55Countries() {
        given().get("/api/v1/statistics/cub-medical-workers-abroad-2025").then().statusCode(200)
                .body("countryCode", equalTo("CUB"))
                .body("value", equalTo(26000))
                .body("qualifier", equalTo("APPROXIMATE"))
                .body("lowerBound", equalTo(false))
                .body("sources[0].id", equalTo("tip-2025-cuba"))
                .body("sources[0].section", equalTo("TRAFFICKING PROFILE"));
        given().get("/api/v1/statistics/cub-medical-mission-host-countries-2025").then().statusCode(200)
                .body("value", equalTo(55)).body("lowerBound", equalTo(true));
    }

    @Test
    void theSurveyOf1111TestimoniesGivesItsPercentages() {
        given().get("/api/v1/statistics/cub-survey-2021-testimonies").then().statusCode(200)
                .body("value", equalTo(1111)).body("unit", equalTo("COUNT"));
        given().get("/api/v1/statistics/cub-survey-2021-did-not-volunteer").then().statusCode(200)
                .body("value", equalTo(75)).body("unit", equalTo("PERCENT"))
                .body("reporting", equalTo("UNATTRIBUTED")).body("year", nullValue());
        given().queryParam("country", "CUB").get("/api/v1/statistics").then().statusCode(200)
                .body("CUB.findAll { it.id.startsWith('cub-survey-2021-') && it.unit == 'PERCENT' }.value",
                        containsInAnyOrder(75, 33, 69, 38, 76, 76, 79, 91, 75, 40));
    }

    @Test
    void wageConfiscationIsARangeFrom75To95Percent() {
        given().get("/api/v1/statistics/cub-wage-share-confiscated-2024").then().statusCode(200)
                .body("value", equalTo(75)).body("upperValue", equalTo(95)).body("unit", equalTo("PERCENT"));
    }

    @Test
    void victimsIdentifiedKeepTheirBreakdown() {
        given().get("/api/v1/statistics/cub-victims-identified-2023").then().statusCode(200)
                .body("value", equalTo(14))
                .body("breakdown.sex", equalTo("FEMALE"))
                .body("breakdown.exploitation", equalTo("SEX_TRAFFICKING"));
        given().get("/api/v1/statistics/cub-victims-identified-2022").then().statusCode(200)
                .body("value", equalTo(6)).body("breakdown", nullValue());
    }

    @Test
    void aFigureNotReportedHasNoValueRatherThanZero() {
        given().get("/api/v1/statistics/rus-victims-identified-after-2020").then().statusCode(200)
                .body("reporting", equalTo("NOT_REPORTED")).body("value", nullValue()).body("year", nullValue());
        given().get("/api/v1/statistics/rus-victims-identified-2020").then().statusCode(200)
                .body("value", equalTo(52)).body("reporting", equalTo("OFFICIAL"));
    }

    @Test
    void northKoreanVisasAndEntriesAreOfficialFigures() {
        given().queryParam("country", "RUS").get("/api/v1/statistics").then().statusCode(200)
                .body("RUS.find { it.id == 'rus-north-korean-visas-2022' }.value", equalTo(4723))
                .body("RUS.find { it.id == 'rus-north-korean-entries-2023' }.value", equalTo(1117))
                .body("RUS.find { it.id == 'rus-north-korean-entries-2022' }.value", equalTo(223));
    }

    @Test
    void childrenRepatriatedFromSyriaAreRecordedPerAnnouncement() {
        given().queryParam("country", "RUS").get("/api/v1/statistics").then().statusCode(200)
                .body("RUS.findAll { it.metric == 'Russian children repatriated from Syria' }.value",
                        containsInAnyOrder(90, 32, 26))
                .body("RUS.find { it.id == 'rus-children-repatriated-from-middle-east-since-2018' }.periodEnd",
                        equalTo(2024));
    }

    @Test
    void statisticsOfManyCountriesComeInOneCall() {
        given().queryParam("country", "RUS").queryParam("country", "CUB").get("/api/v1/statistics").then()
                .statusCode(200)
                .body("$", hasKey("RUS")).body("$", hasKey("CUB"))
                .body("RUS.countryCode", everyItem(equalTo("RUS")))
                .body("CUB.countryCode", everyItem(equalTo("CUB")));
    }

    @Test
    void aYearSelectsFiguresWhosePeriodCoversIt() {
        given().queryParam("country", "CUB").queryParam("year", 2024).get("/api/v1/statistics").then()
                .statusCode(200)
                .body("CUB.id", hasItem("cub-fighters-traveled-to-russia-2023"))
                .body("CUB.id", not(hasItem("cub-victims-identified-2023")));
    }

    @Test
    void aFigureWhoseSourceGivesNoYearHasNoneAndMatchesNoYearFilter() {
        given().get("/api/v1/statistics/cub-wage-share-confiscated-2024").then().statusCode(200)
                .body("year", nullValue()).body("reporting", equalTo("UNATTRIBUTED"));
        given().get("/api/v1/statistics/cub-workers-sanctioned-2021").then().statusCode(200)
                .body("year", nullValue()).body("periodEnd", equalTo(2021));
        for (int year : new int[] {2021, 2024}) {
            given().queryParam("year", year).get("/api/v1/statistics").then().statusCode(200)
                    .body("collectMany { it.value }.findAll { it.year == null }.id", empty());
        }
    }

    @Test
    void cubansRecruitedWithConstructionOffersWereCoercedToFightForRussia() {
        given().get("/api/v1/pathways/cub-rus-military-recruitment-construction-offers").then().statusCode(200)
                .body("origin", equalTo("CUB")).body("destination", equalTo("RUS"))
                .body("exploitation", contains("FORCED_MILITARY_SERVICE"))
                .body("recruiterType", equalTo("PRIVATE_MILITARY_COMPANY"))
                .body("means", hasItems("FRAUDULENT_JOB_OFFER", "FRAUDULENT_CONTRACT"))
                .body("means", not(hasItem("THREATS")))
                .body("estimatedVictims", nullValue()).body("qualifier", nullValue()).body("lowerBound", equalTo(false))
                .body("periodStart", nullValue()).body("periodStartPrecision", equalTo("NOT_STATED"))
                .body("periodEnd", nullValue()).body("periodEndPrecision", equalTo("NOT_STATED"))
                .body("officialComplicity", equalTo(true));
    }

    @Test
    void aPathwayDateKeepsThePrecisionTheSourceGivesIt() {
        given().get("/api/v1/pathways/prk-ukr-occupied-construction").then().statusCode(200)
                .body("periodStart", equalTo("2024-01-01")).body("periodStartPrecision", equalTo("MONTH"))
                .body("periodEnd", equalTo("2024-01-01")).body("periodEndPrecision", equalTo("MONTH"));
        given().get("/api/v1/pathways/ukr-rus-children-forcible-transfer").then().statusCode(200)
                .body("periodStart", equalTo("2022-01-01")).body("periodStartPrecision", equalTo("YEAR"))
                .body("periodEnd", nullValue()).body("periodEndPrecision", equalTo("NOT_STATED"));
    }

    @Test
    void everyCitationCarriesTheSentenceOfItsSource() {
        given().get("/api/v1/statistics/cub-children-separated-2022").then().statusCode(200)
                .body("sources[0].section", equalTo("TRAFFICKING PROFILE"))
                .body("sources[0].quote", equalTo("In 2022, there were approximately 5,000 children forcibly separated "
                        + "from their parents due to the regime’s provisions for the program."));
        given().get("/api/v1/statistics").then().statusCode(200)
                .body("collectMany { it.value }.collectMany { it.sources }.findAll { !it.quote }", empty());
        given().queryParam("regional", true).get("/api/v1/pathways").then().statusCode(200)
                .body("collectMany { it.sources }.findAll { !it.quote }", empty());
    }

    @Test
    void russianWomenAndChildrenExploitedInSexTraffickingInsideRussiaArePublished() {
        given().queryParam("origin", "RUS").queryParam("destination", "RUS").queryParam("exploitation", "SEX_TRAFFICKING")
                .get("/api/v1/pathways").then().statusCode(200)
                .body("id", hasItem("rus-rus-sex-trafficking"))
                .body("find { it.id == 'rus-rus-sex-trafficking' }.means", contains("THREATS_TO_FAMILY"))
                .body("find { it.id == 'rus-rus-sex-trafficking' }.estimatedVictims", nullValue())
                .body("find { it.id == 'rus-rus-sex-trafficking' }.sources.section",
                        hasItems("Trafficking profile", "TRAFFICKING PROFILE"));
        given().get("/api/v1/statistics/rus-labor-shortage-from-mobilization").then().statusCode(200)
                .body("value", equalTo(1000000)).body("qualifier", equalTo("APPROXIMATE"))
                .body("year", nullValue()).body("reporting", equalTo("MEDIA"));
    }

    @Test
    void pathwaysFilterByOriginDestinationAndExploitation() {
        given().queryParam("origin", "CUB").queryParam("destination", "RUS")
                .queryParam("exploitation", "FORCED_MILITARY_SERVICE")
                .get("/api/v1/pathways").then().statusCode(200)
                .body("id", containsInAnyOrder("cub-rus-military-recruitment-construction-offers",
                        "cub-rus-trafficking-ring-2023"));
    }

    @Test
    void pathwaysOfManyCountriesComeInOneCallAndAlwaysHaveBothCountries() {
        given().queryParam("country", "PRK").queryParam("country", "CAF").get("/api/v1/pathways").then()
                .statusCode(200)
                .body("id", hasItems("prk-rus-labor-export", "prk-ukr-occupied-construction",
                        "caf-caf-wagner-child-soldiers"))
                .body("origin", everyItem(notNullValue()))
                .body("destination", everyItem(notNullValue()));
    }

    @Test
    void regionLevelPathwaysAreServedOnlyOnRequest() {
        given().queryParam("destination", "RUS").get("/api/v1/pathways").then().statusCode(200)
                .body("id", not(hasItem("regional-women-to-rus-drone-production")));
        given().queryParam("destination", "RUS").queryParam("regional", true).get("/api/v1/pathways").then()
                .statusCode(200)
                .body("find { it.id == 'regional-women-to-rus-drone-production' }.originRegion",
                        equalTo("Africa, South Asia, South America and Central Asia"));
    }

    @Test
    void badFiltersAreRejectedAsProblemsNamingTheField() {
        given().queryParam("country", "ru").get("/api/v1/statistics").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("country"));
        given().queryParam("exploitation", "SLAVERY").get("/api/v1/pathways").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("exploitation"));
        given().queryParam("origin", "Cuba").get("/api/v1/pathways").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("origin"));
    }

    @Test
    void anUnknownStatisticIsNotFoundAsProblem() {
        given().get("/api/v1/statistics/no-such-figure").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyRowCitesASource() {
        given().get("/api/v1/statistics").then().statusCode(200)
                .body("collectMany { it.value }.findAll { it.sources.isEmpty() }", empty());
        given().queryParam("regional", true).get("/api/v1/pathways").then().statusCode(200)
                .body("findAll { it.sources.isEmpty() }", empty());
    }
}
