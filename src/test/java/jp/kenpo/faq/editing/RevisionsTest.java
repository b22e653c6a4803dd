package jp.kenpo.faq.editing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.kenpo.faq.traffic.EditorLogin;
import jp.kenpo.faq.traffic.RecordedQuestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The FAQ manager's write side end to end, on a real PostgreSQL: a change is staged with the checks' figures,
 * published without a restart, audited, and undone by restoring; a change that answers the checks worse, or one
 * staged against an older FAQ, is refused; and a revision another replica publishes is served within seconds.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class RevisionsTest {

    /** Words no item and no check question uses, so that only the alternate added here can answer them. */
    private static final String NEW_WORDING = "ぴよぴよ窓口のふがふが書類";

    @AfterEach
    void backToTheFaqAsShipped() {
        step(editor(), 0, "restore").statusCode(201);
    }

    @Test
    void anAlternateIsStagedWithFiguresThenPublishedAndServedWithoutRestartAndAudited() {
        assertNotEquals("6-2", bestFor(NEW_WORDING));
        Cookie editor = editor();
        JsonPath staged = stage(editor, Map.of("kind", "ALTERNATE", "item", "6-2", "text", NEW_WORDING));
        assertEquals("STAGED", staged.getString("state"));
        assertFalse(staged.getBoolean("figures.regressed"), staged.prettify());
        assertTrue(staged.getList("figures.lines.served.file").contains("checks/golden.tsv"), staged.prettify());
        assertTrue(staged.getInt("figures.lines[0].served.inScope") > 100, staged.prettify());
        // staged is not served
        assertNotEquals("6-2", bestFor(NEW_WORDING));

        long id = staged.getLong("id");
        step(editor, id, "publish")
                .statusCode(200)
                .body("state", equalTo("PUBLISHED"))
                .body("served", equalTo(true))
                .body("publishedBy", equalTo(EditorLogin.EDITOR));
        assertEquals("6-2", bestFor(NEW_WORDING));
        given().when()
                .get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'faq-corpus-and-rules' }.data.faqRevision", equalTo((int) id));

        JsonPath audit = given().cookie(editor)
                .when()
                .get("/api/v1/editor/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> entries = audit.getList("entries");
        assertTrue(
                entries.stream()
                        .anyMatch(e -> "PUBLISHED".equals(e.get("action"))
                                && ((Number) e.get("revision")).longValue() == id
                                && EditorLogin.EDITOR.equals(e.get("actor"))
                                && e.get("figures") != null),
                entries.toString());
        assertTrue(entries.stream().anyMatch(e -> "STAGED".equals(e.get("action"))), entries.toString());

        step(editor, 0, "restore").statusCode(201);
        assertNotEquals("6-2", bestFor(NEW_WORDING));
        // and restoring the published revision brings it back
        step(editor, id, "restore").statusCode(201);
        assertEquals("6-2", bestFor(NEW_WORDING));
    }

    @Test
    void aQuestionAnsweredByAPublishedAlternateLeavesTheQuestionsNeedingAttention() {
        String question = "ほげほげ課のもにゃもにゃ届けはどこですか";
        RecordedQuestions.ask(question);
        Cookie editor = editor();
        await().atMost(Duration.ofSeconds(20)).until(() -> attention(editor).contains(question));
        long id = stage(editor, Map.of("kind", "ALTERNATE", "item", "6-2", "text", question))
                .getLong("id");
        assertTrue(attention(editor).contains(question), "staging alone leaves it on the list");
        step(editor, id, "publish").statusCode(200);
        assertFalse(attention(editor).contains(question), "published, it is dealt with");
    }

    private static List<Object> attention(Cookie editor) {
        return RecordedQuestions.report(editor, "/api/v1/editor/attention?days=1", "groups").stream()
                .map(group -> group.get("question"))
                .toList();
    }

    @Test
    void aChangeThatAnswersTheChecksWorseIsNotPublished() {
        Cookie editor = editor();
        // a sheet whose alternates column is empty: every 言い換え goes
        List<Map<String, String>> items =
                given().when().get("/api/v1/faq").then().extract().jsonPath().getList("");
        StringBuilder sheet = new StringBuilder("id,question,answer,alternates\r\n");
        items.forEach(item -> sheet.append(quoted(item.get("id")))
                .append(',')
                .append(quoted(item.get("question")))
                .append(',')
                .append(quoted(item.get("answer")))
                .append(",\r\n"));
        JsonPath staged = stage(editor, "text/csv", sheet.toString());
        assertTrue(staged.getBoolean("figures.regressed"), staged.prettify());
        assertFalse(staged.getList("figures.lost").isEmpty(), staged.prettify());
        long id = staged.getLong("id");
        step(editor, id, "publish")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("worse"));
        step(editor, id, "discard").statusCode(200).body("state", equalTo("DISCARDED"));
        given().cookie(editor).when().get("/api/v1/editor/revisions").then().body("servedRevision", not(equalTo((int)
                id)));
    }

    @Test
    void aRevisionStagedBeforeAnotherWasPublishedMustBeStagedAgain() {
        Cookie editor = editor();
        long first = stage(editor, Map.of("kind", "OUT_OF_SCOPE", "text", "社員旅行の行き先はどこですか"))
                .getLong("id");
        long second = stage(editor, Map.of("kind", "ALTERNATE", "item", "6-2", "text", NEW_WORDING))
                .getLong("id");
        step(editor, first, "publish").statusCode(200);
        step(editor, second, "publish")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("stage the change again"));
    }

    @Test
    void aRevisionAnotherReplicaPublishedIsServedWithinSeconds() throws SQLException {
        String changes = "[{\"kind\":\"ALTERNATE\",\"item\":\"6-2\",\"text\":\"" + NEW_WORDING + "\"}]";
        long id;
        // what another replica's publication leaves in the shared database
        try (Connection connection = DriverManager.getConnection(OwnDatabase.url(), "postgres", "");
                PreparedStatement insert = connection.prepareStatement("insert into faq_revision (created_at,"
                        + " created_by, state, summary, changes, based_on, figures, publication, published_at,"
                        + " published_by) values (now(), 'other', 'PUBLISHED', 'elsewhere', ?, 0,"
                        + " '{\"lines\":[],\"lost\":[],\"gained\":[]}', nextval('faq_publication'), now(), 'other')"
                        + " returning id")) {
            insert.setString(1, changes);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> "6-2".equals(bestFor(NEW_WORDING)));
        given().cookie(editor())
                .when()
                .get("/api/v1/editor/revisions")
                .then()
                .statusCode(200)
                .body("servedRevision", equalTo((int) id));
    }

    @Test
    void aSpreadsheetExportedEditedAndImportedChangesTheItemItNames() {
        Cookie editor = editor();
        String sheet = given().cookie(editor)
                .when()
                .get("/api/v1/agent/faq.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String edited = sheet.replace("事業所経由で再送いたしますので", "事業所を経由して再送いたしますので");
        assertNotEquals(sheet, edited, "the sheet must hold the text this test edits");
        long id = given().cookie(editor)
                .contentType("text/csv; charset=UTF-8")
                .body(edited)
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(201)
                .body("summary", containsString("スプレッドシート"))
                .extract()
                .jsonPath()
                .getLong("id");
        step(editor, id, "publish").statusCode(200);
        List<String> answers =
                given().when().get("/api/v1/faq").then().extract().jsonPath().getList("answer");
        assertTrue(answers.stream().anyMatch(a -> a.contains("事業所を経由して再送いたしますので")), answers.toString());
    }

    @Test
    void aSheetThatLeavesOutItemsOrAChangeNamingNoItemIsABadRequest() {
        Cookie editor = editor();
        given().cookie(editor)
                .contentType("text/csv")
                .body("id,question,answer\n1-1,質問,回答\n")
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("leaves out items"));
        given().cookie(editor)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "ALTERNATE", "item", "99-9", "text", "何か"))
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().cookie(editor)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "ALTERNATE", "text", "何か"))
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("item"));
        step(editor, 987654, "publish").statusCode(404).contentType("application/problem+json");
        step(editor, 987654, "restore").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyASpreadsheetImportGetsTheLargeBodyLimit() {
        Cookie editor = editor();
        // 1.5 MB of CSV is read (and refused for what it says), where the API's 16 KiB limit would refuse it unread
        String sheet = "id,question,answer\r\n1-1,質問,\"" + "あ".repeat(500_000) + "\"\r\n";
        given().cookie(editor)
                .contentType("text/csv")
                .body(sheet)
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(400)
                .body("detail", containsString("leaves out items"));
        given().cookie(editor)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "OUT_OF_SCOPE", "text", "あ".repeat(20_000)))
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(413);
        // and LINE's open webhook keeps its own 1 MiB
        given().contentType(ContentType.JSON)
                .body("{\"events\":[],\"pad\":\"" + "a".repeat(1_200_000) + "\"}")
                .when()
                .post("/api/v1/line/webhook")
                .then()
                .statusCode(413);
    }

    @Test
    void changingTheFaqNeedsTheEditorRole() {
        Map<String, String> body = Map.of("kind", "OUT_OF_SCOPE", "text", "社員旅行の行き先");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(401);
        Cookie agent = EditorLogin.as("agent", "kenpo-agent-demo");
        given().cookie(agent)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(403);
        step(agent, 0, "restore").statusCode(403);
        given().cookie(agent).when().get("/api/v1/editor/audit").then().statusCode(403);
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Publishes, restores or discards a revision as the editor. */
    private static ValidatableResponse step(Cookie editor, long id, String action) {
        return given().cookie(editor)
                .when()
                .post("/api/v1/editor/revisions/" + id + "/" + action)
                .then();
    }

    private static JsonPath stage(Cookie editor, Map<String, String> change) {
        return stage(editor, ContentType.JSON.toString(), change);
    }

    private static JsonPath stage(Cookie editor, String contentType, Object body) {
        return given().cookie(editor)
                .contentType(contentType)
                .body(body)
                .when()
                .post("/api/v1/editor/revisions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static String bestFor(String question) {
        return RecordedQuestions.ask(question).getString("best.id");
    }

    private static Cookie editor() {
        return EditorLogin.editor();
    }
}
