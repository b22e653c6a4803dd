package jp.kenpo.faq.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.kenpo.faq.channel.line.LineWebhookTestSupport;
import jp.kenpo.faq.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM in the middle of a burst of LINE events, against a LINE stand-in that takes a second per reply: the
 * packaged jar (README run command's memory settings) replies to every event its webhook accepted before it exits,
 * and readiness is down while it still serves.
 */
class GracefulShutdownIT {

    private static final Path JAR = Path.of("target", "kenpo-faq-runner.jar");
    private static final int BURST = 8;

    @TempDir
    Path work;

    @Test
    void everyAcceptedLineEventIsRepliedToBeforeExit() throws Exception {
        WireMockServer line =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        line.start();
        line.stubFor(post(urlEqualTo("/v2/bot/message/reply"))
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(1000)));
        int port = LargeSheetIT.freePort();
        Path log = work.resolve("service.log");
        Process service = start(port, line.baseUrl(), log);
        HttpClient http = HttpClient.newHttpClient();
        try {
            LargeSheetIT.waitUntilReady(http, port, service, log);
            int accepted = 0;
            for (int i = 0; i < BURST; i++) {
                String body = textEvent("お知らせが届きません " + i);
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/line/webhook"))
                                .header("Content-Type", "application/json")
                                .header("X-Line-Signature", LineWebhookTestSupport.sign(body))
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    accepted++;
                }
            }
            assertEquals(BURST, accepted, "the burst is accepted");
            service.destroy(); // SIGTERM, with replies still waiting on the slow stand-in
            Thread.sleep(500);
            HttpResponse<String> readiness = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(
                    503, readiness.statusCode(), "readiness is down while the replica drains: " + readiness.body());
            assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service stops on SIGTERM");
            int replies = line.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/reply")))
                    .size();
            assertEquals(BURST, replies, "every accepted event was replied to:\n" + Files.readString(log));
            String output = Files.readString(log);
            assertTrue(!output.contains("were not handled") && !output.contains("still unanswered"), output);
        } finally {
            service.destroyForcibly();
            line.stop();
        }
    }

    private static Process start(int port, String lineUrl, Path log) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:+UseSerialGC", "-Xmx48m", "-XX:NewRatio=3"));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.datasource.jdbc.url=" + TestDatabase.url());
        command.add("-Dkenpo.line.channel-secret=test-channel-secret");
        command.add("-Dkenpo.line.channel-access-token=test-token");
        command.add("-Dquarkus.rest-client.line-api.url=" + lineUrl);
        command.addAll(List.of("-jar", JAR.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static String textEvent(String text) {
        return "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":1732400000000,"
                + "\"source\":{\"type\":\"user\",\"userId\":\"U"
                + UUID.randomUUID().toString().replace("-", "") + "\"},"
                + "\"webhookEventId\":\"" + UUID.randomUUID() + "\",\"deliveryContext\":{\"isRedelivery\":false},"
                + "\"replyToken\":\"" + UUID.randomUUID() + "\",\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":\""
                + text + "\"}}]}";
    }
}
