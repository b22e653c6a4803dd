package jp.kenpo.faq.ops;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on its embedded default, as the README runs it: the first start creates the only account and
 * shows its password once; the demo agent does not exist; a question and its feedback survive a restart, masked.
 */
class QuestionLogIT {

    private static final Path JAR = Path.of("target", "kenpo-faq-runner.jar");
    private static final String QUESTION = "個人番号123456789012、電話090-1234-5678、taro@example.jp の者です。資格情報のお知らせが届きません";

    @TempDir
    Path work;

    @Test
    void aQuestionAndItsFeedbackSurviveARestartMaskedAndOnlyTheFirstAccountLogsIn() throws Exception {
        Path data = work.resolve("postgres");
        String password;
        String answerId;

        Service first = Service.start(JAR, data, work.resolve("first.log"));
        try {
            answerId = first.ask(QUESTION);
            assertEquals(204, first.feedback(answerId).statusCode());
            assertTrue(first.login("agent", "kenpo-agent-demo").isEmpty(), "no demo account outside dev and test");
            // once the database is up (the first start creates it), what is queued is written before the stop
            password = Service.awaitGeneratedPassword(work.resolve("first.log"));
        } finally {
            first.stop();
        }

        Service second = Service.start(JAR, data, work.resolve("second.log"));
        try {
            assertTrue(second.login("editor", "wrong-password").isEmpty());
            HttpClient editor = second.login("editor", password).orElseThrow(() -> new AssertionError("editor login"));
            String questions = second.get(editor, "/api/v1/editor/questions?limit=1000");
            int at = questions.indexOf(answerId);
            assertTrue(at >= 0, "the question asked before the restart is listed: " + questions);
            String recorded = questions.substring(at, questions.indexOf('}', questions.indexOf("feedback", at)) + 1);
            assertThat(recorded, containsString("［個人番号］"));
            assertThat(recorded, containsString("［電話番号］"));
            assertThat(recorded, containsString("［メールアドレス］"));
            assertThat(recorded, containsString("\"helpful\":false"));
            for (String personal : List.of("123456789012", "090-1234-5678", "taro@example.jp")) {
                assertThat(questions, not(containsString(personal)));
            }
            String logs = Files.readString(work.resolve("first.log")) + Files.readString(work.resolve("second.log"));
            assertEquals(logs.indexOf(password), logs.lastIndexOf(password), "the password is shown once");
        } finally {
            second.stop();
        }
    }

    /** One run of the README's run command on a free port, with its data directory given. */
    private record Service(Process process, int port, Path log, HttpClient http) {

        static Service start(Path jar, Path data, Path log) throws Exception {
            int port = LargeSheetIT.freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-XX:+UseSerialGC", "-Xmx48m", "-XX:NewRatio=3"));
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dkenpo.store.embedded.directory=" + data);
            command.addAll(List.of("-jar", jar.toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            HttpClient http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            LargeSheetIT.waitUntilReady(http, port, process, log);
            return new Service(process, port, log, http);
        }

        String ask(String question) throws Exception {
            HttpResponse<String> answer = http.send(
                    post("/api/v1/ask", "{\"question\": \"" + question + "\"}"),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            Matcher id = Pattern.compile("\"answerId\":\"([0-9a-f-]{36})\"").matcher(answer.body());
            assertTrue(id.find(), answer.body());
            return id.group(1);
        }

        HttpResponse<String> feedback(String answerId) throws Exception {
            return http.send(
                    post(
                            "/api/v1/feedback",
                            "{\"answerId\": \"" + answerId + "\", \"helpful\": false, \"reason\": \"WRONG_ITEM\"}"),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** A client holding the session of a successful login, or empty when the login is refused. */
        java.util.Optional<HttpClient> login(String user, String password) throws Exception {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(uri("/j_security_check"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean refused = response.headers()
                    .firstValue("Location")
                    .map(l -> l.contains("error"))
                    .orElse(true);
            return refused ? java.util.Optional.empty() : java.util.Optional.of(client);
        }

        String get(HttpClient client, String path) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(uri(path)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200 || System.nanoTime() > deadline) {
                    assertEquals(200, response.statusCode(), response.body());
                    return response.body();
                }
                Thread.sleep(250); // the database may still be coming up
            }
        }

        /** The first start writes the new account's password to its log once the database is up. */
        static String awaitGeneratedPassword(Path... logs) throws Exception {
            Pattern shown = Pattern.compile("\"editor\" \\(roles editor, agent\\) with the password (\\S+)");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                for (Path log : logs) {
                    Matcher password = shown.matcher(Files.readString(log));
                    if (password.find()) {
                        return password.group(1);
                    }
                }
                Thread.sleep(250);
            }
            throw new AssertionError("no generated password in the logs:\n" + Files.readString(logs[logs.length - 1]));
        }

        void stop() throws InterruptedException, IOException {
            process.destroy();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the service stops on SIGTERM");
        }

        private HttpRequest post(String path, String json) {
            return HttpRequest.newBuilder(uri(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
