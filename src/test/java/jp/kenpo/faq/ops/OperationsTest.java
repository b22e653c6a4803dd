package jp.kenpo.faq.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What operators rely on: readiness, metrics per channel and outcome, and the request body limit. */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource("/api/v1/ask")
    URL askUri;

    @Test
    void readinessReportsTheCorpusAndRules() {
        // ready once the database said which revision of the FAQ is published: shortly after start-up
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> given().when().get("/q/health/ready").then().statusCode(200));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("faq-corpus-and-rules"))
                .body("checks.find { it.name == 'faq-corpus-and-rules' }.data.faqItems", equalTo(40));
    }

    @Test
    void questionsAreCountedByChannelAndOutcomeWithoutTheirText() {
        double widget = questions("widget", "answer");
        double agent = questions("agent", "answer");
        double api = questions("api", "no_match");
        double line = questions("line", "no_match");
        ask("widget", "お知らせをなくしました");
        // the agent console's lookups are not members' questions; the header's case and spaces do not matter
        ask("agent", "お知らせをなくしました");
        ask(" Agent ", "お知らせをなくしました");
        ask(null, "今日のドル円の為替レートは？");
        // LINE is counted only from its webhook: a header cannot claim it
        ask("line", "今日のドル円の為替レートは？");
        assertEquals(widget + 1, questions("widget", "answer"));
        assertEquals(agent + 2, questions("agent", "answer"));
        assertEquals(api + 2, questions("api", "no_match"));
        assertEquals(line, questions("line", "no_match"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("kenpo_answer_seconds_bucket{channel=\"agent\",le=\"0.005\""))
                .body(containsString("kenpo_answer_seconds_bucket{channel=\"api\",le=\"0.005\""))
                .body(containsString("# HELP kenpo_questions Questions answered"))
                .body(not(containsString("為替")));
    }

    private static void ask(String channel, String question) {
        var request = given().contentType(ContentType.JSON).body(Map.of("question", question));
        if (channel != null) {
            request.header("X-Kenpo-Channel", channel);
        }
        request.post("/api/v1/ask").then().statusCode(200);
    }

    /** The count of {@code kenpo_questions_total} for a channel and outcome. */
    private static double questions(String channel, String outcome) {
        String series = "kenpo_questions_total{channel=\"" + channel + "\",outcome=\"" + outcome + "\"";
        return given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(l -> l.startsWith(series))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void bodiesOverTheLimitAreRefused() {
        String huge = "{\"question\": \"" + "あ".repeat(20_000) + "\"}";
        given().contentType(ContentType.JSON)
                .body(huge)
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("16384"));
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
    }

    /**
     * Without a declared length the limit is met while reading: Quarkus refuses with 413 and closes, and nothing
     * tries to write a 500 after it or logs an error.
     */
    @Test
    void chunkedBodiesOverTheLimitAreRefused() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(capture);
        byte[] huge = ("{\"question\": \"" + "あ".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(askUri.toURI())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        Logger.getLogger("").removeHandler(capture);
        assertEquals(List.of(), errors);
    }
}
