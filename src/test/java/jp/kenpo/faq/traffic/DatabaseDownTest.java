package jp.kenpo.faq.traffic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** With the database unreachable, every question is still answered; what cannot be kept is counted. */
@QuarkusTest
@TestProfile(DatabaseDownTest.Unreachable.class)
class DatabaseDownTest {

    /** A datasource nobody listens on, and a queue of three. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/unreachable",
                    "kenpo.store.queue-capacity", "3");
        }
    }

    @Test
    void everyQuestionIsAnsweredAndTheUnrecordedAreCounted() {
        for (int i = 0; i < 10; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("question", "資格情報のお知らせが届きません（" + i + "）"))
                    .when()
                    .post("/api/v1/ask")
                    .then()
                    .statusCode(200)
                    .body("answered", equalTo(true));
        }
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher unrecorded =
                Pattern.compile("kenpo_traffic_unrecorded_total (\\S+)").matcher(metrics);
        assertTrue(unrecorded.find(), metrics);
        assertTrue(
                Double.parseDouble(unrecorded.group(1)) >= 7, "ten answers, a queue of three: " + unrecorded.group());
    }

    @Test
    void feedbackThatCannotBeCheckedIsAServiceUnavailableProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("answerId", "00000000-0000-4000-8000-000000000000", "helpful", true))
                .when()
                .post("/api/v1/feedback")
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
    }
}
