package jp.kenpo.faq.traffic;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The question log as an editor reads it ({@code GET /api/v1/editor/questions}), for tests that check what a channel
 * recorded: logs in as the test profile's editor and waits for the asynchronous writer.
 */
public final class RecordedQuestions {

    private RecordedQuestions() {}

    /** Asks a question as a member does; returns the whole answer, {@code answerId} among it. */
    public static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** One of the editor's lists, e.g. {@code report(editor, "/api/v1/editor/items?days=1", "items")}. */
    public static List<Map<String, Object>> report(Cookie editor, String path, String list) {
        return given().cookie(editor)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList(list);
    }

    /** The recorded question of an answer once it satisfies {@code ready} (the writer is asynchronous). */
    public static Map<String, Object> awaitRecorded(
            String answerId, java.util.function.Predicate<Map<String, Object>> ready) {
        return awaitRecorded(answerId, "", ready);
    }

    /**
     * The same among the questions a filter lists.
     *
     * @param filter query parameters of the editor API, e.g. {@code outcome=NO_MATCH}; empty for all
     */
    public static Map<String, Object> awaitRecorded(
            String answerId, String filter, java.util.function.Predicate<Map<String, Object>> ready) {
        Cookie editor = EditorLogin.editor();
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> recorded(editor, answerId, filter), r -> r != null && ready.test(r));
    }

    private static Map<String, Object> recorded(Cookie editor, String answerId, String filter) {
        List<Map<String, Object>> questions = report(
                editor, "/api/v1/editor/questions?limit=1000" + (filter.isEmpty() ? "" : "&" + filter), "questions");
        return questions.stream()
                .filter(q -> answerId.equals(q.get("answerId")))
                .findFirst()
                .orElse(null);
    }
}
