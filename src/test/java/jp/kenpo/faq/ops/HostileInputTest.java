package jp.kenpo.faq.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever arrives, the service answers with a 4xx problem (or, for a valid question, a normal answer),
 * never a 5xx, and keeps answering afterwards.
 */
@QuarkusTest
class HostileInputTest {

    /** One hostile request: where it goes, its content type and its body. */
    record Hostile(String name, String path, String contentType, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> corpus() {
        return Stream.of(
                ask("truncated JSON", "{\"question\": \"お知ら"),
                ask("not JSON", "お知らせが届かない"),
                ask("JSON array", "[\"お知らせ\"]"),
                ask("JSON string", "\"お知らせ\""),
                ask("JSON null", "null"),
                ask("empty object", "{}"),
                ask("question null", "{\"question\": null}"),
                ask("question number", "{\"question\": 42}"),
                ask("question object", "{\"question\": {\"text\": \"お知らせ\"}}"),
                ask("limit float", "{\"question\": \"お知らせ\", \"limit\": 2.5}"),
                ask("limit huge", "{\"question\": \"お知らせ\", \"limit\": 99999999999999999999}"),
                ask("limit negative", "{\"question\": \"お知らせ\", \"limit\": -1}"),
                ask("control characters", "{\"question\": \"お知らせ\\u0000\\u0007\\u001b[31m届かない\"}"),
                ask("lone surrogate", "{\"question\": \"お知らせ\\ud800届かない\"}"),
                ask("emoji only", "{\"question\": \"😀😀😀\"}"),
                ask("zero-width only", "{\"question\": \"\\u200b\\u200c\\u200d\\ufeff\"}"),
                ask("right-to-left marks", "{\"question\": \"\\u202eお知らせ\\u202c\"}"),
                ask("100,000 characters", "{\"question\": \"" + "お".repeat(100_000) + "\"}"),
                new Hostile(
                        "assessment over the body limit",
                        "/api/v1/assessment",
                        "application/json",
                        "{\"member\": {\"scheme\": \"" + "x".repeat(20_000) + "\"}}"),
                new Hostile(
                        "LINE over the body limit",
                        "/api/v1/line/webhook",
                        "application/json",
                        "{\"events\": [], \"pad\": \"" + "x".repeat(20_000) + "\"}"),
                ask("501 characters", "{\"question\": \"" + "お".repeat(501) + "\"}"),
                ask("deep nesting", "{\"question\": \"お知らせ\", \"x\": " + "[".repeat(2000) + "]".repeat(2000) + "}"),
                ask("duplicate keys", "{\"question\": \"a\", \"question\": \"お知らせ\"}"),
                ask("member not an object", "{\"question\": \"お知らせ\", \"member\": \"INSURED\"}"),
                ask("member unknown enum", "{\"question\": \"お知らせ\", \"member\": {\"scheme\": \"\\u0000\"}}"),
                ask("impossible date", "{\"question\": \"お知らせ\", \"member\": {\"birthDate\": \"1985-02-30\"}}"),
                ask(
                        "date with time",
                        "{\"question\": \"お知らせ\", \"member\": {\"birthDate\": \"1985-02-03T00:00:00Z\"}}"),
                ask("year 0", "{\"question\": \"お知らせ\", \"member\": {\"birthDate\": \"0000-01-01\"}}"),
                ask("asOf far future", "{\"question\": \"お知らせ\", \"asOf\": \"+999999999-12-31\"}"),
                ask("asOf number", "{\"question\": \"お知らせ\", \"asOf\": 20261124}"),
                new Hostile("wrong content type", "/api/v1/ask", "text/plain", "{\"question\": \"お知らせ\"}"),
                new Hostile("form content type", "/api/v1/ask", "application/x-www-form-urlencoded", "question=x"),
                new Hostile("assessment array", "/api/v1/assessment", "application/json", "[]"),
                new Hostile(
                        "assessment facts wrong types",
                        "/api/v1/assessment",
                        "application/json",
                        "{\"member\": {\"mynaCardInsuranceRegistered\": \"yes\", \"elderlyCertificateRatio\": 2.0}}"),
                new Hostile("assessment empty body", "/api/v1/assessment", "application/json", ""),
                new Hostile("LINE unsigned", "/api/v1/line/webhook", "application/json", "{\"events\": []}"));
    }

    private static Hostile ask(String name, String body) {
        return new Hostile(name, "/api/v1/ask", "application/json", body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void neverAServerError(Hostile hostile) {
        var request = given().contentType(hostile.contentType());
        // REST Assured sends a form only from text
        request = hostile.contentType().startsWith("application/x-www-form-urlencoded")
                ? request.body(hostile.body())
                : request.body(hostile.body().getBytes(StandardCharsets.UTF_8));
        Response response = request.post(hostile.path());
        assertNoServerError(response, hostile.name());
    }

    /** Signed by the channel secret, so past the signature, but shaped oddly. */
    @ParameterizedTest(name = "signed LINE body: {0}")
    @MethodSource("oddLineBodies")
    void signedButOddLineBodies(String body) {
        Response response = given().contentType("application/json")
                .header("X-Line-Signature", jp.kenpo.faq.channel.line.LineWebhookTestSupport.sign(body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/line/webhook");
        assertNoServerError(response, body);
    }

    static List<String> oddLineBodies() {
        return List.of(
                "{}",
                "[]",
                "null",
                "{\"events\": null}",
                "{\"events\": {}}",
                "{\"events\": [1, \"x\", null]}",
                "{\"events\": [{\"type\": \"message\"}]}",
                "{\"events\": [{\"type\": \"message\", \"replyToken\": 5}]}",
                "{\"events\": [{\"type\": \"postback\", \"replyToken\": \"t\", \"postback\": {\"data\": \"i=&&&==\"}}]}",
                "{\"events\": [{\"type\": \"beacon\", \"replyToken\": \"t\"}]}",
                "{\"events\": [",
                "not json");
    }

    @Test
    void seededFuzzOfValidBodiesNeverBreaksIt() {
        Random random = new Random(20261124);
        String[] seeds = {
            "{\"question\": \"お知らせが届きません\", \"limit\": 3}",
            "{\"question\": \"お知らせ\", \"member\": {\"scheme\": \"REGULAR\", \"birthDate\": \"1954-08-01\"}, \"asOf\": \"2026-11-24\"}"
        };
        for (int i = 0; i < 300; i++) {
            byte[] body = seeds[i % seeds.length].getBytes(StandardCharsets.UTF_8);
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                body[random.nextInt(body.length)] = (byte) random.nextInt(256);
            }
            String path = i % 3 == 0 ? "/api/v1/assessment" : "/api/v1/ask";
            Response response =
                    given().contentType("application/json").body(body).post(path);
            assertNoServerError(
                    response, "fuzz #" + i + " " + Base64.getEncoder().encodeToString(body));
        }
    }

    @AfterEach
    void stillAnswers() {
        given().contentType("application/json")
                .body("{\"question\": \"お知らせをなくしました\"}")
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("answered", equalTo(true));
    }

    private static void assertNoServerError(Response response, String what) {
        int status = response.statusCode();
        assertTrue(status < 500, what + " → " + status + " " + response.asString());
        if (status >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0], what);
        }
    }
}
