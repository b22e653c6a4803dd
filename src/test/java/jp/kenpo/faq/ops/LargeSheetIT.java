package jp.kenpo.faq.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
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
import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet of 2,000 items served by the packaged jar with the README's run-command memory settings: it starts,
 * says in its log that it matches without a classifier at that size, and answers from the sheet.
 */
class LargeSheetIT {

    private static final Path JAR = Path.of("target", "kenpo-faq-runner.jar");
    private static final int ITEMS = 2_000;

    @TempDir
    Path corpus;

    @Test
    void twoThousandItemsStartAndAnswerWithTheRunCommandsMemory() throws Exception {
        FaqItem asked = writeSheet();
        int port = freePort();
        Path log = corpus.resolve("service.log");
        Process service = start(port, log);
        try {
            HttpClient http = HttpClient.newHttpClient();
            waitUntilReady(http, port, service, log);
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ask"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"question\": \"" + asked.question() + "\"}", StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            Matcher best = Pattern.compile("\"best\":\\{\"id\":\"([^\"]+)\"").matcher(answer.body());
            assertTrue(best.find(), answer.body());
            assertTrue(
                    best.group(1).endsWith("/" + asked.id()),
                    "an item with the asked question's text answers it: " + best.group(1));
            assertTrue(Files.readString(log).contains("no classifier, since 2000 items"), Files.readString(log));
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The built-in items fifty times over, each copy with its own ids; returns one item a member asks about. */
    private FaqItem writeSheet() throws IOException {
        FaqCorpus builtIn = TestCorpus.corpus();
        StringBuilder csv = new StringBuilder("id,question,answer\n");
        for (int i = 0; i < ITEMS; i++) {
            FaqItem item = builtIn.items().get(i % builtIn.items().size());
            csv.append("B")
                    .append(i / builtIn.items().size())
                    .append('/')
                    .append(item.id())
                    .append(',');
            csv.append(quoted(item.question()))
                    .append(',')
                    .append(quoted(item.answer()))
                    .append('\n');
        }
        Files.writeString(corpus.resolve("faq.csv"), csv.toString());
        return builtIn.get("10-1");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The README's run command, on a free port, with the corpus directory from the environment. */
    private Process start(int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(
                "-XX:SharedArchiveFile=target/kenpo-faq.jsa",
                "-XX:+UseSerialGC",
                "-Xmx48m",
                "-XX:NewRatio=3",
                "-XX:+UnlockExperimentalVMOptions",
                "-XX:TrimNativeHeapInterval=2000"));
        command.add("-Dquarkus.http.port=" + port);
        // the question log goes to the tests' PostgreSQL, not to an embedded one in the project directory
        command.add("-Dquarkus.datasource.jdbc.url=" + TestDatabase.url());
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KENPO_CORPUS_DIRECTORY", corpus.toString());
        return builder.start();
    }

    static void waitUntilReady(HttpClient http, int port, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(service.isAlive(), "the service stopped:\n" + Files.readString(log));
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 120 s:\n" + Files.readString(log));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
