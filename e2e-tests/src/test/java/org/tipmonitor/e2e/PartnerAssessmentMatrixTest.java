package org.tipmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security matrix's organization dimension (issue 12): partner assessments of two organizations in
 * every review state, against carol and dave, each organization's own system, an admin and an analyst, on
 * recommendation-service's REST API, the gateway's graph and the CSV export, with real Keycloak tokens.
 * Every cell's expected answer is derived from the one rule (admins and analysts see all; everyone else
 * the published ones and its own organization's), and every write cell names a stale version or a state
 * that cannot move, so no cell writes anything.
 */
class PartnerAssessmentMatrixTest {

    enum Caller {
        CAROL("freedom-network"), FREEDOM_NETWORK_SYSTEM("freedom-network"), DAVE("safe-passage"),
        SAFE_PASSAGE_SYSTEM("safe-passage"), ALICE_ADMIN(null), BOB_ANALYST(null);

        final String organization;

        Caller(String organization) {
            this.organization = organization;
        }

        String token() {
            return switch (this) {
                case CAROL -> Realm.user("carol");
                case DAVE -> Realm.user("dave");
                case ALICE_ADMIN -> Realm.user("alice");
                case BOB_ANALYST -> Realm.user("bob");
                case FREEDOM_NETWORK_SYSTEM -> Realm.partnerSystem();
                case SAFE_PASSAGE_SYSTEM -> Realm.partnerSystem("partner-safe-passage",
                        "TIP_PARTNER_SAFE_PASSAGE_SECRET", "safe-passage-secret");
            };
        }

        boolean seesEverything() {
            return organization == null;
        }
    }

    record Assessment(long id, String organization, String state, int version, String note) {
        boolean visibleTo(Caller caller) {
            return caller.seesEverything() || state.equals("PUBLISHED") || organization.equals(caller.organization);
        }
    }

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String RECOMMENDATION = "CUB-2025-02";
    static final String PATH = "/api/v1/partner-assessments";
    static final List<Assessment> ASSESSMENTS = new ArrayList<>();

    static Map<String, Object> body(String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("recommendationId", RECOMMENDATION);
        body.put("status", "PARTIALLY_IMPLEMENTED");
        body.put("note", note);
        body.put("evidenceUrls", List.of("https://partner.example/evidence"));
        body.put("asOf", "2026-05-01");
        return body;
    }

    static JsonPath rest(String token, String method, String path, Object body, int expected) {
        RequestSpecification request = given().auth().oauth2(token).contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        return request.request(method, Stack.RECOMMENDATION.url(path)).then().statusCode(expected).extract().jsonPath();
    }

    /** One assessment of the caller's organization, moved through the review to {@code state}. */
    static void prepare(Caller writer, String state) {
        String note = "matrix " + RUN + " " + writer.organization + " " + state;
        JsonPath created = rest(writer.token(), "POST", PATH, body(note), 201);
        long id = created.getLong("id");
        int version = 0;
        String admin = Caller.ALICE_ADMIN.token();
        if (!state.equals("DRAFT")) {
            version = rest(writer.token(), "POST", PATH + "/" + id + "/submit", Map.of("expectedVersion", 0), 200).getInt("version");
        }
        if (state.equals("PUBLISHED")) {
            version = rest(admin, "POST", PATH + "/" + id + "/publish", Map.of("expectedVersion", version), 200).getInt("version");
        } else if (state.equals("RETURNED")) {
            version = rest(admin, "POST", PATH + "/" + id + "/return",
                    Map.of("expectedVersion", version, "reason", "matrix " + RUN), 200).getInt("version");
        }
        ASSESSMENTS.add(new Assessment(id, writer.organization, state, version, note));
    }

    @BeforeAll
    static void assessmentsOfTwoOrganizationsInEveryState() {
        for (String state : List.of("DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED")) {
            prepare(Caller.CAROL, state);
            prepare(Caller.SAFE_PASSAGE_SYSTEM, state);
        }
        prepare(Caller.FREEDOM_NETWORK_SYSTEM, "DRAFT");
        prepare(Caller.DAVE, "SUBMITTED");
    }

    static List<Long> ids(List<Map<String, Object>> list) {
        return list.stream().map(m -> Long.valueOf(String.valueOf(m.get("id")))).toList();
    }

    @Test
    void everyCallerSeesExactlyWhatTheScopeRuleSaysOnEveryPath() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Caller caller : Caller.values()) {
            String token = caller.token();
            List<Long> restList = ids(rest(token, "GET", PATH + "?recommendation=" + RECOMMENDATION, null, 200).getList("$"));
            JsonPath graph = Graph.query(token, "{ partnerAssessments(recommendationId: \"" + RECOMMENDATION
                    + "\") { id organization { id name } state }"
                    + " recommendations(country: \"CUB\", year: 2025) { id partnerAssessments { id state } } }").jsonPath();
            List<Long> graphList = ids(graph.getList("data.partnerAssessments"));
            List<Map<String, Object>> recommendations = graph.getList("data.recommendations");
            List<Long> onRecommendation = recommendations.stream().filter(r -> RECOMMENDATION.equals(r.get("id")))
                    .flatMap(r -> ids(castList(r.get("partnerAssessments"))).stream()).toList();
            List<Long> byOrganization = new ArrayList<>();
            for (String organization : List.of("freedom-network", "safe-passage")) {
                for (String state : List.of("DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED")) {
                    byOrganization.addAll(ids(Graph.query(token, "{ partnerAssessments(organization: \"" + organization
                            + "\", state: " + state + ") { id } }").jsonPath().getList("data.partnerAssessments")));
                }
            }
            if (graph.getList("errors") != null) {
                wrong.add(caller + " graph errors: " + graph.getList("errors"));
            }
            for (Assessment a : ASSESSMENTS) {
                boolean visible = a.visibleTo(caller);
                int one = given().auth().oauth2(token).get(Stack.RECOMMENDATION.url(PATH + "/" + a.id())).statusCode();
                Map<String, Boolean> seen = new LinkedHashMap<>();
                seen.put("REST list", restList.contains(a.id()));
                seen.put("REST one", one == 200);
                seen.put("graph partnerAssessments", graphList.contains(a.id()));
                seen.put("graph Recommendation.partnerAssessments", onRecommendation.contains(a.id()));
                seen.put("graph by organization and state", byOrganization.contains(a.id()));
                for (var path : seen.entrySet()) {
                    cells++;
                    if (path.getValue() != visible) {
                        wrong.add(caller + " " + path.getKey() + " " + a + ": seen " + path.getValue() + ", expected " + visible);
                    }
                }
                cells++;
                if (!visible && one != 404) {
                    wrong.add(caller + " REST one " + a + ": " + one + ", expected 404");
                }
            }
            // The CSV export and the official record carry no partner assessment at all.
            String csv = given().auth().oauth2(token).get(Stack.RECOMMENDATION.url("/api/v1/recommendations/export.csv"))
                    .then().statusCode(200).extract().asString();
            cells++;
            if (csv.contains("matrix " + RUN)) {
                wrong.add(caller + " CSV export holds a partner assessment");
            }
        }
        System.out.printf("partner assessment scope matrix: %d cells (%d assessments x %d callers), %d wrong%n", cells,
                ASSESSMENTS.size(), Caller.values().length, wrong.size());
        assertThat(wrong).isEmpty();
    }

    /** What a write by this caller to this assessment must answer; every cell writes nothing (stale or final). */
    static int expectedEdit(Caller caller, Assessment a) {
        if (caller.seesEverything()) {
            return 403;
        }
        if (!a.visibleTo(caller)) {
            return 404;
        }
        return a.organization().equals(caller.organization) ? 409 : 403;
    }

    static int expectedPublish(Caller caller, Assessment a) {
        return caller == Caller.ALICE_ADMIN ? 409 : 403;
    }

    static String code(int status) {
        return switch (status) {
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 409 -> "CONFLICT";
            default -> "HTTP " + status;
        };
    }

    @Test
    void everyWriteOfEveryCallerIsAnsweredAsTheRulesSayAndWritesNothing() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Caller caller : Caller.values()) {
            String token = caller.token();
            for (Assessment a : ASSESSMENTS) {
                Map<String, Object> edit = body("overwritten by " + caller);
                edit.put("expectedVersion", a.version() + 7);
                int put = given().auth().oauth2(token).contentType("application/json").body(edit)
                        .put(Stack.RECOMMENDATION.url(PATH + "/" + a.id())).statusCode();
                int submit = given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("expectedVersion", a.version() + 7))
                        .post(Stack.RECOMMENDATION.url(PATH + "/" + a.id() + "/submit")).statusCode();
                int publish = given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("expectedVersion", a.version() + 7))
                        .post(Stack.RECOMMENDATION.url(PATH + "/" + a.id() + "/publish")).statusCode();
                cells += 3;
                check(wrong, caller + " REST PUT " + a, put, expectedEdit(caller, a));
                check(wrong, caller + " REST submit " + a, submit, expectedEdit(caller, a));
                check(wrong, caller + " REST publish " + a, publish, expectedPublish(caller, a));

                JsonPath graph = Graph.query(token, "mutation { savePartnerAssessment(id: \"" + a.id() + "\", expectedVersion: "
                        + (a.version() + 7) + ", input: {recommendationId: \"" + RECOMMENDATION + "\", status: IMPLEMENTED,"
                        + " note: \"overwritten\", asOf: \"2026-05-02\"}) { id } }").jsonPath();
                JsonPath published = Graph.query(token, "mutation { publishPartnerAssessment(id: \"" + a.id()
                        + "\", expectedVersion: " + (a.version() + 7) + ") { id } }").jsonPath();
                cells += 2;
                check(wrong, caller + " graph save " + a, graph.getString("errors[0].extensions.code"),
                        code(expectedEdit(caller, a)));
                check(wrong, caller + " graph publish " + a, published.getString("errors[0].extensions.code"),
                        code(expectedPublish(caller, a)));
            }
        }
        String admin = Caller.ALICE_ADMIN.token();
        for (Assessment a : ASSESSMENTS) {
            JsonPath now = rest(admin, "GET", PATH + "/" + a.id(), null, 200);
            cells++;
            if (now.getInt("version") != a.version() || !now.getString("note").equals(a.note())
                    || !now.getString("state").equals(a.state())) {
                wrong.add("written although refused: " + a + " is now " + now.prettify());
            }
        }
        System.out.printf("partner assessment write matrix: %d cells, %d wrong%n", cells, wrong.size());
        assertThat(wrong).isEmpty();
    }

    static void check(List<String> wrong, String cell, Object actual, Object expected) {
        if (!expected.equals(actual)) {
            wrong.add(cell + ": " + actual + ", expected " + expected);
        }
    }

    @Test
    void eachCallerKnowsItsOwnOrganizationByNameFromKeycloak() {
        Map<Caller, String> expected = new LinkedHashMap<>();
        expected.put(Caller.CAROL, "freedom-network Freedom Network");
        expected.put(Caller.FREEDOM_NETWORK_SYSTEM, "freedom-network Freedom Network");
        expected.put(Caller.DAVE, "safe-passage Safe Passage Alliance");
        expected.put(Caller.SAFE_PASSAGE_SYSTEM, "safe-passage Safe Passage Alliance");
        expected.put(Caller.ALICE_ADMIN, "null");
        expected.put(Caller.BOB_ANALYST, "null");
        for (var entry : expected.entrySet()) {
            JsonPath answer = Graph.query(entry.getKey().token(), "{ myOrganization { id name } }").jsonPath();
            Map<String, Object> organization = answer.getMap("data.myOrganization");
            assertThat(organization == null ? "null" : organization.get("id") + " " + organization.get("name"))
                    .as(entry.getKey().name()).isEqualTo(entry.getValue());
            assertThat(answer.getList("errors")).as(entry.getKey().name()).isNull();
        }
    }

    @Test
    void aPartnerSubmitsThroughTheGraphAnAdminPublishesAndTheOtherOrganizationSeesItNamed() {
        String carol = Caller.CAROL.token();
        String note = "graph flow " + RUN;
        JsonPath saved = Graph.query(carol, "mutation { savePartnerAssessment(input: {recommendationId: \"RUS-2025-10\","
                + " status: IN_PROGRESS, note: \"" + note + "\", evidenceUrls: [\"https://fn.example/a\"], asOf: \"2026-04-01\"})"
                + " { id state version organization { id name } recommendation { id status } } }").jsonPath();
        assertThat(saved.getList("errors")).isNull();
        String id = saved.getString("data.savePartnerAssessment.id");
        assertThat(saved.getString("data.savePartnerAssessment.state")).isEqualTo("DRAFT");
        assertThat(saved.getString("data.savePartnerAssessment.organization.name")).isEqualTo("Freedom Network");
        assertThat(saved.getString("data.savePartnerAssessment.recommendation.id")).isEqualTo("RUS-2025-10");
        JsonPath submitted = Graph.query(carol, "mutation { submitPartnerAssessment(id: \"" + id
                + "\", expectedVersion: 0) { state version submittedAt } }").jsonPath();
        assertThat(submitted.getString("data.submitPartnerAssessment.state")).isEqualTo("SUBMITTED");
        String dave = Caller.DAVE.token();
        assertThat(Graph.query(dave, "{ partnerAssessments(recommendationId: \"RUS-2025-10\") { id } }").jsonPath()
                .getList("data.partnerAssessments.id")).doesNotContain(id);
        JsonPath published = Graph.query(Caller.ALICE_ADMIN.token(), "mutation { publishPartnerAssessment(id: \"" + id
                + "\", expectedVersion: 1) { state version publishedAt } }").jsonPath();
        assertThat(published.getString("data.publishPartnerAssessment.state")).isEqualTo("PUBLISHED");
        JsonPath seen = Graph.query(dave, "{ recommendations(country: \"RUS\", year: 2025) { id status"
                + " partnerAssessments { id note state organization { name } } } }").jsonPath();
        assertThat(seen.getList("errors")).as(seen.prettify()).isNull();
        List<Map<String, Object>> recommendations = seen.getList("data.recommendations");
        List<Map<String, Object>> views = recommendations.stream().filter(r -> "RUS-2025-10".equals(r.get("id")))
                .flatMap(r -> castList(r.get("partnerAssessments")).stream()).toList();
        assertThat(views).anySatisfy(v -> {
            assertThat(v.get("id")).isEqualTo(id);
            assertThat(v.get("note")).isEqualTo(note);
            assertThat(v.get("state")).isEqualTo("PUBLISHED");
            assertThat(castMap(v.get("organization")).get("name")).isEqualTo("Freedom Network");
        });
    }

    @Test
    void racingEditsOfOneDraftThroughTheServiceGiveOneWinnerAndConflicts() throws Exception {
        String carol = Caller.CAROL.token();
        long id = rest(carol, "POST", PATH, body("rest race " + RUN), 201).getLong("id");
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                Map<String, Object> edit = body("rest racer " + i);
                edit.put("expectedVersion", 0);
                Callable<Integer> write = () -> {
                    start.await();
                    return given().auth().oauth2(carol).contentType("application/json").body(edit)
                            .put(Stack.RECOMMENDATION.url(PATH + "/" + id)).statusCode();
                };
                answers.add(pool.submit(write));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).as(codes.toString()).containsOnly(200, 409);
            assertThat(codes.stream().filter(c -> c == 200).count()).as(codes.toString()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rest(carol, "GET", PATH + "/" + id, null, 200).getInt("version")).isEqualTo(1);
    }

    /** Through the graph: six at once, as the gateway runs at most eight operations of one caller at a time. */
    @Test
    void racingEditsOfOneDraftGiveOneWinnerAndConflicts() throws Exception {
        String carol = Caller.CAROL.token();
        long id = rest(carol, "POST", PATH, body("race " + RUN), 201).getLong("id");
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String query = "mutation { savePartnerAssessment(id: \"" + id + "\", expectedVersion: 0, input: {recommendationId: \""
                        + RECOMMENDATION + "\", status: IMPLEMENTED, note: \"racer " + i + "\", asOf: \"2026-05-03\"}) { version } }";
                Callable<String> write = () -> {
                    start.await();
                    JsonPath answer = Graph.query(carol, query).jsonPath();
                    return answer.getList("errors") == null ? "OK" : answer.getString("errors[0].extensions.code");
                };
                answers.add(pool.submit(write));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<String> answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).as(codes.toString()).containsOnly("OK", "CONFLICT");
            assertThat(codes.stream().filter("OK"::equals).count()).as(codes.toString()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rest(carol, "GET", PATH + "/" + id, null, 200).getInt("version")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithItsFieldAndWritesNothing() {
        String carol = Caller.CAROL.token();
        int before = rest(carol, "GET", PATH + "?recommendation=" + RECOMMENDATION, null, 200).getList("$").size();
        String future = LocalDate.now().plusDays(3).toString();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("asOf", "note: \"bad " + RUN + "\", asOf: \"" + future + "\"");
        cases.put("evidenceUrls", "note: \"bad " + RUN + "\", asOf: \"2026-01-01\", evidenceUrls: [\"ftp://x.example/a\"]");
        cases.put("note", "note: \"  \", asOf: \"2026-01-01\"");
        for (var c : cases.entrySet()) {
            JsonPath answer = Graph.query(carol, "mutation { savePartnerAssessment(input: {recommendationId: \""
                    + RECOMMENDATION + "\", status: IN_PROGRESS, " + c.getValue() + "}) { id } }").jsonPath();
            assertThat(answer.getString("errors[0].extensions.code")).as(c.getKey()).isEqualTo("BAD_USER_INPUT");
            assertThat(answer.getString("errors[0].message")).as(c.getKey()).contains(c.getKey());
            Map<String, Object> rest = body("bad " + RUN);
            if (c.getKey().equals("asOf")) {
                rest.put("asOf", future);
            } else if (c.getKey().equals("evidenceUrls")) {
                rest.put("evidenceUrls", List.of("ftp://x.example/a"));
            } else {
                rest.put("note", " ");
            }
            assertThat(rest(carol, "POST", PATH, rest, 400).getList("violations.field", String.class)).as(c.getKey())
                    .anySatisfy(f -> assertThat(f).startsWith(c.getKey()));
        }
        JsonPath unknown = Graph.query(carol, "mutation { savePartnerAssessment(input: {recommendationId: \"RUS-2099-01\","
                + " status: IN_PROGRESS, note: \"x\", asOf: \"2026-01-01\"}) { id } }").jsonPath();
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(rest(carol, "GET", PATH + "?recommendation=" + RECOMMENDATION, null, 200).getList("$")).hasSize(before);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
