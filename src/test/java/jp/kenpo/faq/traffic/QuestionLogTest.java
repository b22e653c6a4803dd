package jp.kenpo.faq.traffic;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer is recorded, masked; feedback is taken on it; editors, and only editors, see both. */
@QuarkusTest
class QuestionLogTest {

    private static final String EDITOR = "editor";
    private static final String EDITOR_PASSWORD = "kenpo-editor-test";

    @Test
    void everyAnswerCarriesAnId() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("answerId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void anEditorSeesTheMaskedQuestionWithItsFeedback() {
        String question = "電話03-1234-5678、mail taro@example.jp、番号123456789012 の者ですが、資格情報のお知らせが届きません";
        String answerId = ask(question);
        feedback(Map.of("answerId", answerId, "helpful", false, "reason", "WRONG_ITEM"))
                .then()
                .statusCode(204);

        Map<String, Object> recorded = awaitRecorded(answerId, "");
        assertEquals("電話［電話番号］、mail ［メールアドレス］、番号［個人番号］ の者ですが、資格情報のお知らせが届きません", recorded.get("question"));
        assertEquals("API", recorded.get("channel"));
        assertEquals(Map.of("helpful", false, "reason", "WRONG_ITEM"), recorded.get("feedback"));
    }

    @Test
    void unansweredQuestionsAreListedByOutcome() {
        String answerId = ask("社員食堂の今日のメニューを教えてください");
        Map<String, Object> recorded = awaitRecorded(answerId, "?outcome=NO_MATCH");
        assertEquals("NO_MATCH", recorded.get("outcome"));
        given().cookie(login(EDITOR, EDITOR_PASSWORD))
                .when()
                .get("/api/v1/editor/questions?outcome=ANSWER&limit=1000")
                .then()
                .statusCode(200)
                .body("questions.answerId", not(hasItem(answerId)));
    }

    @Test
    void feedbackGivenTwiceIsKeptOnce() {
        String answerId = ask("お知らせが届かないのはなぜですか");
        feedback(Map.of("answerId", answerId, "helpful", true)).then().statusCode(204);
        feedback(Map.of("answerId", answerId, "helpful", false)).then().statusCode(204);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertEquals(
                        false, ((Map<?, ?>) awaitRecorded(answerId, "").get("feedback")).get("helpful")));
    }

    @Test
    void feedbackOnAnUnknownAnswerIsNotFound() {
        feedback(Map.of("answerId", "00000000-0000-4000-8000-000000000000", "helpful", true))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void feedbackWithoutAVerdictOrWithAnUnknownReasonIsRefused() {
        String answerId = ask("お知らせをなくしました");
        feedback(Map.of("answerId", answerId))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("helpful"));
        feedback(Map.of("answerId", answerId, "helpful", false, "reason", "BORING"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        feedback(Map.of("answerId", "not-an-id", "helpful", false))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("answerId"));
    }

    @Test
    void theEditorApiNeedsALoginAndTheEditorRole() {
        given().when().get("/api/v1/editor/questions").then().statusCode(401).contentType("application/problem+json");
        given().cookie(login("agent1", "agent1-password"))
                .when()
                .get("/api/v1/editor/questions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theEditorApiRefusesABadFilter() {
        given().cookie(login(EDITOR, EDITOR_PASSWORD))
                .when()
                .get("/api/v1/editor/questions?outcome=MAYBE")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("ANSWER, SUGGEST or NO_MATCH"));
    }

    @Test
    void theFirstEditorCanUseTheConsoleAndAWrongPasswordIsRefused() {
        given().cookie(login(EDITOR, EDITOR_PASSWORD))
                .when()
                .get("/api/v1/agent/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("editor"));
        given().redirects()
                .follow(false)
                .formParam("j_username", EDITOR)
                .formParam("j_password", "not-the-password")
                .when()
                .post("/j_security_check")
                .then()
                .header("Location", containsString("error"));
    }

    private static String ask(String question) {
        return RecordedQuestions.ask(question).getString("answerId");
    }

    private static io.restassured.response.Response feedback(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/feedback");
    }

    /** The recorded question of an answer, once the log has written it. */
    private static Map<String, Object> awaitRecorded(String answerId, String query) {
        return RecordedQuestions.awaitRecorded(answerId, query.replaceFirst("^\\?", ""), r -> true);
    }

    private static Cookie login(String user, String password) {
        return EditorLogin.as(user, password);
    }
}
