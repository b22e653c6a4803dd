package jp.kenpo.faq.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jp.kenpo.faq.channel.line.LinePeer;
import jp.kenpo.faq.channel.line.LineWebhookTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Personalised requests, bad facts and LINE events leave no birth date, enrollment date or LINE user id in the log. */
@QuarkusTest
@QuarkusTestResource(LinePeer.class)
class PersonalDataLogTest {

    private static final String BIRTH = "1961-07-19";
    private static final String ACQUIRED = "2003-10-06";
    private static final String REGISTERED = "2022-12-27";
    private static final String USER_ID = "U0123456789abcdef0123456789abcde";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage() == null ? "" : record.getMessage();
            Object[] parameters = record.getParameters();
            lines.add(message
                    + (parameters == null ? "" : " " + java.util.Arrays.toString(parameters))
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureAllLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void personalDataNeverReachesTheLog() throws Exception {
        String member = "{\"insuredType\": \"INSURED\", \"scheme\": \"REGULAR\", \"employer\": \"PGI\", "
                + "\"qualificationAcquiredOn\": \"" + ACQUIRED + "\", \"qualificationLostOn\": null, "
                + "\"myNumberRegisteredOn\": \"" + REGISTERED + "\", \"mynaCardInsuranceRegistered\": true, "
                + "\"birthDate\": \"" + BIRTH + "\", \"elderlyCertificateRatio\": null}";
        given().contentType("application/json")
                .body("{\"question\": \"お知らせはどこに届きますか\", \"member\": " + member + "}")
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body("{\"member\": " + member + "}")
                .post("/api/v1/assessment")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body("{\"member\": {\"birthDate\": \"" + BIRTH + "X\"}}")
                .post("/api/v1/assessment")
                .then()
                .statusCode(400);
        String line = "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"message\",\"replyToken\":\"r-log-test\","
                + "\"webhookEventId\":\"e-log-test\",\"source\":{\"type\":\"user\",\"userId\":\"" + USER_ID + "\"},"
                + "\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"誕生日は" + BIRTH + "です\"}}]}";
        given().contentType("application/json")
                .header("X-Line-Signature", LineWebhookTestSupport.sign(line))
                .body(line)
                .post("/api/v1/line/webhook")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .header("X-Line-Signature", "forged")
                .body(line)
                .post("/api/v1/line/webhook")
                .then()
                .statusCode(401);
        Thread.sleep(1500);

        org.jboss.logging.Logger.getLogger(PersonalDataLogTest.class).info("capture works");
        assertTrue(lines.contains("capture works"), "the log capture receives the application's log records");
        for (String logged : lines) {
            for (String personal : List.of(BIRTH, ACQUIRED, REGISTERED, USER_ID, "誕生日")) {
                assertFalse(logged.contains(personal), "log line carries personal data: " + logged);
            }
        }
    }
}
