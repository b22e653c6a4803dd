package jp.kenpo.faq.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.kenpo.faq.matching.MatchOutcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Identical requests on one day are answered once; anything else is worked out anew, and every ask is counted. */
@QuarkusTest
class AnswerCacheTest {

    @Inject
    AnswerCache cache;

    @Test
    void aRepeatedRequestGetsTheSameAnswerFromTheCacheAndIsStillCounted() {
        String body = "{\"question\": \"マイナ保険証を持っていればお知らせは要りませんか（キャッシュ試験）\", \"member\": "
                + "{\"scheme\": \"REGULAR\", \"mynaCardInsuranceRegistered\": true}}";
        double hitsBefore = metric("cache_gets_total\\{cache=\"answers\",result=\"hit\"}");
        double askedBefore = asked();

        byte[] first = given().contentType(ContentType.JSON).body(body).post("/api/v1/ask")
                .then().statusCode(200).extract().asByteArray();
        byte[] second = given().contentType(ContentType.JSON).body(body).post("/api/v1/ask")
                .then().statusCode(200).extract().asByteArray();

        assertArrayEquals(first, second);
        assertEquals(hitsBefore + 1, metric("cache_gets_total\\{cache=\"answers\",result=\"hit\"}"));
        assertEquals(askedBefore + 2, asked());
    }

    @Test
    void anotherDayIsNotServedFromTheCache() {
        AskRequest request = new AskRequest("お知らせはいつ届きますか（日付試験）", null, null, null);
        cache.put(request, LocalDate.of(2026, 11, 24), 100, new AnswerCache.Cached(new byte[] {1}, MatchOutcome.ANSWER));
        assertNotNull(cache.get(request, LocalDate.of(2026, 11, 24)));
        assertNull(cache.get(request, LocalDate.of(2026, 11, 25)));
    }

    @Test
    void largeOrUnmeasuredRequestsAreNotKept() {
        AskRequest large = new AskRequest("大きな依頼（サイズ試験）", null, null, null);
        AskRequest chunked = new AskRequest("長さのない依頼（サイズ試験）", null, null, null);
        LocalDate day = LocalDate.of(2026, 11, 24);
        cache.put(large, day, AnswerCache.MAX_CACHED_REQUEST_BYTES, new AnswerCache.Cached(new byte[0], MatchOutcome.ANSWER));
        cache.put(chunked, day, 0, new AnswerCache.Cached(new byte[0], MatchOutcome.ANSWER));
        assertNull(cache.get(large, day));
        assertNull(cache.get(chunked, day));
    }

    @Test
    void anInvalidRequestIsRefusedEveryTime() {
        String body = "{\"question\": \"お知らせ\", \"limit\": 99}";
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/ask")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    private static double asked() {
        return metric("kenpo_questions_total\\{channel=\"api\",outcome=\"answer\"}")
                + metric("kenpo_questions_total\\{channel=\"api\",outcome=\"suggest\"}")
                + metric("kenpo_questions_total\\{channel=\"api\",outcome=\"no_match\"}");
    }

    private static double metric(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("^" + series + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
