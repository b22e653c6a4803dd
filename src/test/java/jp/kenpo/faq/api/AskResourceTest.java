package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AskResourceTest {

    @Test
    void lostNoticeIsAnsweredWithTheReissueItem() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body("""
                        {"question": "資格情報のお知らせをなくしてしまいました。再発行は必要ですか"}
                        """)
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("answered", equalTo(true))
                .body("best.id", oneOf("10-1", "10-2"))
                .body("best.category", equalTo("「資格情報のお知らせ」の紛失再交付に関するQA"))
                .body("best.answer", containsString("再交付"))
                .body("candidates", hasSize(lessThanOrEqualTo(3)))
                .body("personalization", hasSize(0))
                .body("followUps", hasSize(0))
                .body("$", hasKey("contact"))
                .body("contact", nullValue())
                .extract()
                .jsonPath();
        assertEquals(
                answer.getString("best.id"), answer.getString("candidates[0].id"), "the answer leads the candidates");
    }

    @Test
    void outOfScopeQuestionGetsNoMatchAndTheContactDesk() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "今日のドル円の為替レートを教えて"}
                        """)
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("answered", equalTo(false))
                .body("outcome", equalTo("NO_MATCH"))
                .body("best", nullValue())
                .body("contact.faqId", equalTo("4-1"))
                .body("contact.contact", containsString("03-5954-7191"))
                .body("contact.contact", containsString("gk@gib-kenpo.or.jp"));
    }

    /** The same desk on its own, for a member who says an answer did not help. */
    @Test
    void theContactDeskIsServedOnItsOwn() {
        given().when()
                .get("/api/v1/contact")
                .then()
                .statusCode(200)
                .body("faqId", equalTo("4-1"))
                .body("contact", containsString("03-5954-7191"));
    }

    @Test
    void limitBoundsTheCandidates() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "お知らせ 届かない", "limit": 10}
                        """)
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("candidates", hasSize(lessThanOrEqualTo(10)))
                .body("candidates.score", everyItem(lessThanOrEqualTo(1.0f)));
    }

    @Test
    void unknownFieldsAreIgnored() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "お知らせはどこに届きますか", "channel": "web", "extra": {"a": 1}}
                        """)
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("answered", notNullValue());
    }

    @Test
    void missingQuestionIsBadRequestProblem() {
        problem("{\"limit\": 3}", "question");
    }

    @Test
    void blankQuestionIsBadRequestProblem() {
        problem("{\"question\": \"   \u3000 \"}", "question");
    }

    @Test
    void tooLongQuestionIsBadRequestProblem() {
        problem("{\"question\": \"" + "あ".repeat(501) + "\"}", "question");
    }

    @Test
    void fiveHundredCharactersAfterTrimmingAreAccepted() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"  " + "お知らせ".repeat(125) + "  \"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
    }

    @Test
    void limitOutOfRangeIsBadRequestProblem() {
        problem("{\"question\": \"お知らせ\", \"limit\": 0}", "limit");
        problem("{\"question\": \"お知らせ\", \"limit\": 11}", "limit");
    }

    @Test
    void wrongTypeIsBadRequestProblem() {
        problem("{\"question\": \"お知らせ\", \"limit\": \"three\"}", "limit");
    }

    @Test
    void malformedJsonIsBadRequestProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせ")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed JSON"))
                .body(not(containsString("Exception")));
    }

    @Test
    void emptyBodyIsBadRequestProblem() {
        given().contentType(ContentType.JSON)
                .body("")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeProblem() {
        given().contentType(ContentType.TEXT)
                .body("お知らせ")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    private static void problem(String body, String field) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", org.hamcrest.Matchers.hasItem(field))
                .body("detail", not(startsWith("jakarta")))
                .body(not(containsString("Exception")));
    }
}
