package org.tipmonitor.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "bob", roles = "analyst")
class RecommendationReadTest {

    @Test
    void everyPrioritizedRecommendationOfTheThreeChaptersIsLoaded() {
        given().queryParam("country", "RUS").queryParam("year", 2024)
                .get("/api/v1/recommendations").then().statusCode(200)
                .body("findAll { it.issuer.contains('TIP Office') }", hasSize(16));
        given().queryParam("country", "RUS").queryParam("year", 2025)
                .get("/api/v1/recommendations").then().statusCode(200)
                .body("id", hasSize(12));
        given().queryParam("country", "CUB").queryParam("year", 2025)
                .get("/api/v1/recommendations").then().statusCode(200)
                .body("id", hasSize(11))
                .body("position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    }

    @Test
    void countryFilterRepeatsForABatch() {
        given().queryParam("country", "RUS", "CUB").queryParam("year", 2025)
                .get("/api/v1/recommendations").then().statusCode(200)
                .body("id", hasSize(23))
                .body("countryCode", hasItems("RUS", "CUB"));
    }

    @Test
    void criminalCodeDefinitionHasBeenRecommendedTwoYearsInARow() {
        given().get("/api/v1/recommendations/RUS-2025-12").then().statusCode(200)
                .body("countryCode", equalTo("RUS"))
                .body("reportYear", equalTo(2025))
                .body("pillar", equalTo("PROSECUTION"))
                .body("position", equalTo(12))
                .body("text", containsString("criminal code"))
                .body("addressee", equalTo("Government of Russia"))
                .body("previousId", equalTo("RUS-2024-15"))
                .body("yearsOutstanding", equalTo(2))
                .body("wordingChange", nullValue())
                .body("sources[0].id", equalTo("tip-2025-russia"))
                .body("sources[0].section", equalTo("Prioritized recommendations, item 12"))
                .body("sources[0].quote", equalTo("Amend the criminal code to include a definition of human "
                        + "trafficking that is consistent with the definition under international law."))
                .body("sources[1].section", equalTo("Header"))
                .body("sources[1].quote", equalTo("2025 Trafficking in Persons Report: Russia"));
    }

    @Test
    void theUndatedArticlesRecommendationsHaveNoReportYearAndMatchNoYear() {
        given().get("/api/v1/recommendations/ART-ND-01").then().statusCode(200)
                .body("reportYear", nullValue())
                .body("yearsOutstanding", equalTo(1))
                .body("issuer", startsWith("Editors of the article"))
                .body("sources.id", everyItem(equalTo("article-russia-sex-trafficking")))
                .body("sources.quote", everyItem(not(nullValue())));
        given().get("/api/v1/recommendations/ART-ND-01/lineage").then().statusCode(200)
                .body("forms.id", contains("ART-ND-01"))
                .body("droppedIn", nullValue());
        for (int year = 2023; year <= 2025; year++) {
            given().queryParam("year", year).get("/api/v1/recommendations").then().statusCode(200)
                    .body("id", not(hasItems("ART-ND-01", "ART-ND-02", "ART-ND-03")))
                    .body("reportYear", everyItem(equalTo(year)));
        }
        given().queryParam("country", "RUS").get("/api/v1/recommendations").then().statusCode(200)
                .body("findAll { it.reportYear == null }.id", contains("ART-ND-01", "ART-ND-02", "ART-ND-03"))
                .body("id[-1]", equalTo("ART-ND-03"));
    }

    @Test
    void anIdThatSpellsNoYearIsAcceptedAndAnyOtherFormRejected() {
        given().get("/api/v1/recommendations/ART-ND-02").then().statusCode(200);
        given().get("/api/v1/recommendations/ART-XX-02").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("id"));
    }

    @Test
    void cubaRecommendationsAreMadeForTheFirstTime() {
        given().queryParam("country", "CUB").get("/api/v1/recommendations").then().statusCode(200)
                .body("yearsOutstanding", everyItem(equalTo(1)))
                .body("previousId", everyItem(nullValue()));
    }

    @Test
    void lineageShowsTheWordingChangesOfRussia2025() {
        given().get("/api/v1/recommendations/RUS-2025-04").then()
                .body("previousId", equalTo("RUS-2024-04"))
                .body("wordingChange", containsString("foreign national workers in Russia, including North Koreans"));
        given().get("/api/v1/recommendations/RUS-2025-03").then()
                .body("wordingChange", containsString("unlawfully"));
        given().get("/api/v1/recommendations/RUS-2025-07").then()
                .body("previousId", equalTo("RUS-2024-05"))
                .body("wordingChange", containsString("particularly among labor migrants"));
        given().get("/api/v1/recommendations/RUS-2025-05").then()
                .body("previousId", equalTo("RUS-2024-08"));
    }

    @Test
    void lineageOfAnEarlierFormLeadsToItsNewestForm() {
        given().get("/api/v1/recommendations/RUS-2024-15/lineage").then().statusCode(200)
                .body("id", equalTo("RUS-2024-15"))
                .body("droppedIn", nullValue())
                .body("forms.id", contains("RUS-2025-12", "RUS-2024-15"))
                .body("forms.yearsOutstanding", contains(2, 1))
                .body("forms.reportYear", contains(2025, 2024));
    }

    @Test
    void lineageOfADroppedRecommendationNamesTheReportThatDroppedIt() {
        given().get("/api/v1/recommendations/RUS-2024-10/lineage").then().statusCode(200)
                .body("droppedIn", equalTo(2025))
                .body("forms.id", contains("RUS-2024-10"));
    }

    @Test
    void fourRussia2024RecommendationsWereDroppedIn2025() {
        given().queryParam("country", "RUS").queryParam("year", 2025)
                .get("/api/v1/recommendations/dropped").then().statusCode(200)
                .body("recommendation.id", contains("RUS-2024-06", "RUS-2024-10", "RUS-2024-13", "RUS-2024-16"))
                .body("droppedIn", everyItem(equalTo(2025)));
    }

    @Test
    void recommendationsOfAnIssuersLatestReportAreNotDropped() {
        given().get("/api/v1/recommendations/dropped").then().statusCode(200)
                .body("recommendation.id", hasSize(4))
                .body("recommendation.id", not(hasItems("CTG-2023-01", "ART-ND-01", "CUB-2025-01")));
    }

    @Test
    void briefRecommendationToAffectedCountriesConcernsRussia() {
        given().get("/api/v1/recommendations/CTG-2023-03").then().statusCode(200)
                .body("countryCode", equalTo("RUS"))
                .body("pillar", equalTo("PREVENTION"))
                .body("addresseeCountries", hasItems("CUB", "NGA", "PRK", "MDA"))
                .body("issuer", containsString("CTG"));
    }

    @Test
    void theSourceCatalogIsServed() {
        given().get("/api/v1/sources/tip-2024-russia").then().statusCode(200)
                .body("kind", equalTo("ANNUAL_REPORT"));
    }

    @Test
    void unknownRecommendationIsNotFoundAsProblem() {
        given().get("/api/v1/recommendations/RUS-2025-99").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void badFiltersAreRejectedNamingTheField() {
        given().get("/api/v1/recommendations/rus-1").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItems("id"));
        given().queryParam("country", "ru").get("/api/v1/recommendations").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", startsWith("country"));
        given().queryParam("pillar", "WHATEVER").get("/api/v1/recommendations").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("pillar"));
        given().queryParam("year", 1900).get("/api/v1/recommendations").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("year"));
    }
}
