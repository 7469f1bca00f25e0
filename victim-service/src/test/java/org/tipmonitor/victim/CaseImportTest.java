package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tipmonitor.victim.cases.ctdc.CaseFileGenerator;

@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class CaseImportTest {

    @Inject
    CaseData data;

    @BeforeEach
    void empty() {
        data.clear();
    }

    private static io.restassured.response.ValidatableResponse post(String csv) {
        return given().contentType("text/csv").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/case-records/import").then();
    }

    private static int total() {
        return given().queryParam("groupBy", "YEAR").get("/api/v1/case-statistics").then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void aCtdcFileIsImportedByHeaderNameWhateverItsCaseOrOrder() {
        post(CaseData.HAND_COUNTED).statusCode(201)
                .body("rows", equalTo(8)).body("inserted", equalTo(8)).body("duplicateFile", equalTo(false));
        given().queryParam("groupBy", "CITIZENSHIP").get("/api/v1/case-statistics").then().statusCode(200)
                .body("cells.findAll { it.citizenship == 'XKX' }.count", contains(1))
                .body("cells.findAll { it.citizenship == 'UKR' }.count", contains(3));
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        post(CaseData.HAND_COUNTED).statusCode(201);
        post(CaseData.HAND_COUNTED).statusCode(200).body("duplicateFile", equalTo(true)).body("inserted", equalTo(0));
        org.junit.jupiter.api.Assertions.assertEquals(8, total());
    }

    @Test
    void aFileWithBadRowsIsRejectedWholeListingEveryBadLine() {
        String csv = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isForcedLabour\n"
                + "2019,Female,18--20,UA,RU,1\n"
                + "2019,Female,18--20,ZZ,RU,1\n"
                + "2020,Male,30--38,UA,RU,0\n"
                + "20x1,Male,adult,UA,RU,1\n"
                + "2020,Male,30--38,UA\n"
                + "2020,Male,30--38,UA,RU,yes\n";
        post(csv).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("line 3", "line 5", "line 6", "line 7"))
                .body("violations[0].message", containsString("citizenship 'ZZ' is not an ISO 3166-1 alpha-2 code"))
                .body("violations[1].message", containsString("yearOfRegistration '20x1'"))
                .body("violations[1].message", containsString("ageBroad 'adult'"))
                .body("violations[2].message", equalTo("has 4 fields, the header has 6"))
                .body("violations[3].message", equalTo("isForcedLabour 'yes' is not 1, 0 or -99"));
        org.junit.jupiter.api.Assertions.assertEquals(0, total());
    }

    @Test
    void aFileWithoutTheYearColumnIsNotACtdcFile() {
        post("gender,citizenship\nFemale,UA\n").statusCode(400)
                .body("violations[0].field", equalTo("header"))
                .body("violations[0].message", containsString("yearOfRegistration"));
    }

    @Test
    void anUnclosedQuoteRejectsTheFileAtItsLine() {
        post("yearOfRegistration,gender\n2019,Female\n2020,\"Male\n").statusCode(400)
                .body("violations[0].field", equalTo("line 3"));
    }

    @Test
    void anEndlessLineRejectsTheFileAtItsLineWithoutReadingItWhole() {
        // 8 MB without a line break: the reader gives up after its record limit, whatever follows.
        String endless = "x".repeat(8 * 1024 * 1024);
        post("yearOfRegistration,gender\n2019,Female\n2020," + endless + "\n").statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("line 3"))
                .body("violations[0].message", containsString("longer than"));
        org.junit.jupiter.api.Assertions.assertEquals(0, total());
    }

    @Test
    @TestSecurity(user = "carol", roles = "partner")
    void onlyAdminsImport() {
        post(CaseData.HAND_COUNTED).statusCode(403);
    }

    @Test
    void fiftyThousandGeneratedRowsImportOnceInOneCall() throws IOException {
        StringWriter csv = new StringWriter();
        new CaseFileGenerator(7).write(csv, 50_000);
        post(csv.toString()).statusCode(201).body("inserted", equalTo(50_000));
        post(csv.toString()).statusCode(200).body("duplicateFile", equalTo(true));
        org.junit.jupiter.api.Assertions.assertEquals(50_000, total());
    }

    @Test
    void theGeneratorIsDeterministicForASeed() throws IOException {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new CaseFileGenerator(42).write(a, 500);
        new CaseFileGenerator(42).write(b, 500);
        org.junit.jupiter.api.Assertions.assertEquals(a.toString(), b.toString());
        post(a.toString()).statusCode(201).body("inserted", equalTo(500));
    }
}
