package org.tipmonitor.victim;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import org.tipmonitor.victim.cases.repository.CaseCube;

/** Test helper: empties the case tables, so that each test counts only the files it imports. */
@ApplicationScoped
public class CaseData {

    @Inject
    AgroalDataSource dataSource;

    public void clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate case_record, case_file, " + String.join(", ",
                    Arrays.stream(CaseCube.values()).map(cube -> cube.table).toList()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Case statistics as the test's caller (its @TestSecurity identity) asks them: grouping and filter. */
    public static JsonPath ask(Map<String, ?> filter, String... groupBy) {
        var request = given();
        for (String d : groupBy) {
            request = request.queryParam("groupBy", d);
        }
        filter.forEach(request::queryParam);
        return request.get("/api/v1/case-statistics").then().statusCode(200).extract().jsonPath();
    }

    /** A hand-counted file: BOM, CRLF, mixed-case and cut header names, unknown columns, a quoted comma. */
    public static final String HAND_COUNTED = "\uFEFF"
            + "yearOfRegistration,GENDER,ageBroad,citizenship,CountryofExploitation,isForcedLabour,"
            + "isSexualExploit,isSexAndLabour,meansOfControlPsychoactiveSubsta,traffickMonths,RecruiterRelationship\r\n"
            + "2019,Female,18--20,UA,RU,0,1,0,1,3,\"Friend, then partner\"\r\n"
            + "2019,Female,21--23,UA,RU,0,1,0,0,-99,Friend\r\n"
            + "2019,Male,30--38,UA,RU,1,0,0,0,12,Other\r\n"
            + "2020,Female,9--17,MD,RU,0,1,0,-99,,Family\r\n"
            + "\r\n"
            + "2020,Male,24--26,PH,AE,1,0,0,0,2,Other\r\n"
            + "2020,Female,24--26,PH,AE,1,1,1,0,5,Other\r\n"
            + "2021,Unknown,-99,-99,RU,0,0,0,0,,Unknown\r\n"
            + "2021,female,48+,XK,RS,1,0,0,0,1,Other\r\n";

    /** A file of one column per dimension, with {@code n} copies of the row. */
    public static String rows(StringBuilder out, int n, String row) {
        if (out.length() == 0) {
            out.append("yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isForcedLabour,"
                    + "isSexualExploit\n");
        }
        for (int i = 0; i < n; i++) {
            out.append(row).append('\n');
        }
        return out.toString();
    }
}
