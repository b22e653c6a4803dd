package jp.kenpo.faq.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** What operators rely on: readiness, metrics per channel and outcome, and the request body limit. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessReportsTheCorpusAndRules() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("faq-corpus-and-rules"))
                .body("checks.find { it.name == 'faq-corpus-and-rules' }.data.faqItems", equalTo(40));
    }

    @Test
    void questionsAreCountedByChannelAndOutcomeWithoutTheirText() {
        given().contentType(ContentType.JSON).header("X-Kenpo-Channel", "widget")
                .body("{\"question\": \"お知らせをなくしました\"}").post("/api/v1/ask").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"今日のドル円の為替レートは？\"}").post("/api/v1/ask").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("kenpo_questions_total{channel=\"widget\",outcome=\"answer\""))
                .body(containsString("kenpo_questions_total{channel=\"api\",outcome=\"no_match\""))
                .body(containsString("kenpo_answer_seconds"))
                .body(not(containsString("為替")));
    }

    @Test
    void bodiesOverTheLimitAreRefused() {
        String huge = "{\"question\": \"" + "あ".repeat(20_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/ask")
                .then().statusCode(413);
        given().contentType(ContentType.JSON).body("{\"question\": \"お知らせをなくしました\"}")
                .when().post("/api/v1/ask")
                .then().statusCode(200);
    }
}
