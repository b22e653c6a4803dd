package jp.kenpo.faq.traffic;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an editor reads off real traffic: the unanswered grouped, the unhelpful items, the days. */
@QuarkusTest
class EditorReportsTest {

    @Test
    void theSameUnansweredQuestionInDifferentWordsIsOneGroup() {
        for (String question : List.of("社員食堂のメニューを教えてください", "社員食堂の今日のメニューを教えて", "社員食堂のメニューは？")) {
            ask(question);
        }
        Cookie editor = login();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> groups =
                    RecordedQuestions.report(editor, "/api/v1/editor/attention?days=1", "groups");
            assertTrue(
                    groups.stream()
                            .anyMatch(g ->
                                    ((String) g.get("question")).contains("社員食堂") && (Integer) g.get("count") >= 3),
                    groups.toString());
        });
    }

    @Test
    void anItemFoundUnhelpfulIsCountedAndTodayIsOnTheDailyReport() {
        String answerId = ask("お知らせをなくしました");
        given().contentType(ContentType.JSON)
                .body(Map.of("answerId", answerId, "helpful", false))
                .when()
                .post("/api/v1/feedback")
                .then()
                .statusCode(204);
        Cookie editor = login();
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> items = RecordedQuestions.report(editor, "/api/v1/editor/items?days=1", "items");
            assertTrue(
                    items.stream()
                            .anyMatch(i -> List.of("10-1", "10-2").contains(i.get("id"))
                                    && (Integer) i.get("unhelpful") >= 1
                                    && ((Number) i.get("unhelpfulRate")).doubleValue() > 0),
                    items.toString());
            List<Map<String, Object>> days = RecordedQuestions.report(editor, "/api/v1/editor/daily?days=1", "days");
            assertTrue(
                    days.stream().anyMatch(d -> today.equals(d.get("day")) && "API".equals(d.get("channel"))),
                    days.toString());
        });
    }

    @Test
    void aPeriodOutOfRangeIsABadRequestProblem() {
        given().cookie(login())
                .when()
                .get("/api/v1/editor/daily?days=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static String ask(String question) {
        return RecordedQuestions.ask(question).getString("answerId");
    }

    private static Cookie login() {
        return EditorLogin.editor();
    }
}
