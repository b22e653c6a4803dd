package jp.kenpo.faq.traffic;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The question log as an editor reads it ({@code GET /api/v1/editor/questions}), for tests that check what a channel
 * recorded: logs in as the test profile's editor and waits for the asynchronous writer.
 */
public final class RecordedQuestions {

    private static final String EDITOR = "editor";
    private static final String EDITOR_PASSWORD = "kenpo-editor-test";

    private RecordedQuestions() {}

    /** The recorded question of an answer once it satisfies {@code ready} (the writer is asynchronous). */
    public static Map<String, Object> awaitRecorded(
            String answerId, java.util.function.Predicate<Map<String, Object>> ready) {
        Cookie editor = login();
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> recorded(editor, answerId), r -> r != null && ready.test(r));
    }

    private static Map<String, Object> recorded(Cookie editor, String answerId) {
        List<Map<String, Object>> questions = given().cookie(editor)
                .when()
                .get("/api/v1/editor/questions?limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("questions");
        return questions.stream()
                .filter(q -> answerId.equals(q.get("answerId")))
                .findFirst()
                .orElse(null);
    }

    private static Cookie login() {
        return await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(
                        () -> given().redirects()
                                .follow(false)
                                .formParam("j_username", EDITOR)
                                .formParam("j_password", EDITOR_PASSWORD)
                                .when()
                                .post("/j_security_check")
                                .then()
                                .statusCode(302)
                                .extract()
                                .detailedCookie("kenpo-agent"),
                        c -> c != null);
    }
}
