package jp.kenpo.faq.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Two replicas of the packaged jar on one PostgreSQL, as the README deploys them: an editor publishes a change on
 * one, and the other serves it within seconds, without a restart; a replica started later serves it from the moment
 * it is ready; restoring the FAQ as shipped on the first reaches the second the same way.
 */
class ReplicasIT {

    private static final Path JAR = Path.of("target", "kenpo-faq-runner.jar");
    private static final String PASSWORD = "replicas-it-editor";
    /** Words no item uses, so that only the 言い換え published here answers them. */
    private static final String QUESTION = "ぴよぴよ窓口のふがふが書類はどこ";

    @TempDir
    Path work;

    @Test
    void aRevisionPublishedOnOneReplicaIsServedByTheOtherWithinSeconds() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("postgres"))
                .start()) {
            String url = database.getJdbcUrl("postgres", "postgres");
            Replica first = Replica.start(url, work.resolve("first.log"));
            Replica second = Replica.start(url, work.resolve("second.log"));
            try {
                assertNotEquals("6-2", second.best(QUESTION));
                HttpClient editor = first.editor();
                String staged = first.send(
                        editor,
                        "/api/v1/editor/revisions",
                        "{\"kind\": \"ALTERNATE\", \"item\": \"6-2\", \"text\": \"" + QUESTION + "\"}",
                        201);
                String id = field(staged, "\"id\":(\\d+)");
                first.send(editor, "/api/v1/editor/revisions/" + id + "/publish", "", 200);
                long published = System.nanoTime();
                assertEquals("6-2", first.best(QUESTION), "the replica that published serves it at once");

                second.awaitBest(QUESTION, "6-2");
                System.out.printf(
                        "ReplicasIT: the other replica served the publication after %d ms%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published));

                // a replica started after the publication serves it as soon as it says it is ready
                Replica third = Replica.start(url, work.resolve("third.log"));
                try {
                    assertEquals("6-2", third.best(QUESTION), "ready means serving the latest publication");
                } finally {
                    third.stop();
                }

                first.send(editor, "/api/v1/editor/revisions/0/restore", "", 201);
                second.awaitBest(QUESTION, null);
            } finally {
                first.stop();
                second.stop();
            }
        }
    }

    private static String field(String json, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    /** The README's run command on a free port, pointed at the shared database. */
    private record Replica(Process process, int port, HttpClient http) {

        static Replica start(String databaseUrl, Path log) throws Exception {
            int port = LargeSheetIT.freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-XX:+UseSerialGC", "-Xmx48m", "-XX:NewRatio=3"));
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dquarkus.datasource.jdbc.url=" + databaseUrl);
            command.add("-Dquarkus.datasource.username=postgres");
            command.add("-Dkenpo.accounts.initial-editor-password=" + PASSWORD);
            command.addAll(List.of("-jar", JAR.toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            HttpClient http = HttpClient.newBuilder().build();
            LargeSheetIT.waitUntilReady(http, port, process, log);
            return new Replica(process, port, http);
        }

        /** The id of the best item for a question, or null when none. */
        String best(String question) throws Exception {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(uri("/api/v1/ask"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"question\": \"" + question + "\"}", StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            Matcher best = Pattern.compile("\"best\":\\{\"id\":\"([^\"]+)\"").matcher(answer.body());
            return best.find() ? best.group(1) : null;
        }

        void awaitBest(String question, String item) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String best = best(question);
            while (!java.util.Objects.equals(best, item) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                best = best(question);
            }
            assertEquals(item, best, "the other replica serves the latest publication");
        }

        /** A client logged in as the editor, once the database is up and the account exists. */
        HttpClient editor() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                HttpClient client = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
                HttpResponse<Void> login = client.send(
                        HttpRequest.newBuilder(uri("/j_security_check"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("j_username=editor&j_password=" + PASSWORD))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                boolean in = login.headers()
                        .firstValue("Location")
                        .map(l -> !l.contains("error"))
                        .orElse(false);
                if (in) {
                    return client;
                }
                assertTrue(System.nanoTime() < deadline, "the editor could not log in");
                Thread.sleep(250);
            }
        }

        String send(HttpClient client, String path, String json, int status) throws Exception {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(
                                    json.isEmpty()
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(status, response.statusCode(), path + ": " + response.body());
            return response.body();
        }

        void stop() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the replica stops on SIGTERM");
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
