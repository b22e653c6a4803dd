package jp.kenpo.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's curl examples, run against the service, and their answers compared with what the README shows, so the
 * README cannot drift from the service. What the README leaves out is written 「…」: a value "…" is anything, a text
 * ending in "…" is a beginning, a key "…" allows more keys, an array ending in "…" allows more elements. A UUID shown in
 * an answer stands for the one the service made, and is replaced by it where a later example sends it back. Numbers
 * are compared to two decimals. Examples whose command holds a placeholder (…) cannot be run and are left out.
 */
@QuarkusTest
class ReadmeExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String ELLIPSIS = "…";

    @TestHTTPResource("/")
    URI base;

    private final Map<String, String> shownIds = new HashMap<>();
    private final HttpClient session = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void everyRunnableExampleAnswersAsTheReadmeShows() throws Exception {
        List<String[]> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(Files.readString(Path.of("README.md")));
        while (fence.find()) {
            blocks.add(new String[] {fence.group(1), fence.group(2)});
        }
        int run = 0;
        List<String> drifted = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i)[0].equals("sh") || !blocks.get(i)[1].contains("curl ")) {
                continue;
            }
            String expected =
                    i + 1 < blocks.size() && blocks.get(i + 1)[0].equals("json") ? blocks.get(i + 1)[1] : null;
            for (String command : commands(blocks.get(i)[1])) {
                if (command.contains(ELLIPSIS)) {
                    break; // a placeholder: neither this command nor the ones that depend on it can run
                }
                String output;
                try {
                    output = execute(Curl.parse(substituteIds(command)));
                } catch (RuntimeException unreadable) {
                    drifted.add("cannot run " + command + ": " + unreadable);
                    continue;
                }
                boolean last = command.equals(last(commands(blocks.get(i)[1])));
                String inline = inlineOutput(blocks.get(i)[1]);
                try {
                    if (last && expected != null) {
                        compare(JSON.readTree(expected), JSON.readTree(output), "$", command);
                    } else if (last && inline != null) {
                        assertEquals(inline, output.strip(), command);
                    }
                } catch (AssertionError | com.fasterxml.jackson.core.JacksonException drift) {
                    // every example that drifted is named at once, with what the service answers now
                    drifted.add(drift.getMessage() + "\nthe whole answer: " + output);
                }
                run++;
            }
        }
        assertTrue(
                drifted.isEmpty(),
                drifted.size() + " README examples differ from the service:\n\n" + String.join("\n\n", drifted));
        assertTrue(run >= 10, "the README's examples are run: " + run);
    }

    /** The commands of a shell block, continuation lines joined; lines that are not commands are output. */
    private static List<String> commands(String block) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block.split("\n")) {
            String trimmed = line.strip();
            if (current.length() > 0) {
                current.append(' ').append(trimmed);
            } else if (trimmed.startsWith("curl ")) {
                current.append(trimmed);
            } else {
                continue;
            }
            if (current.toString().endsWith("\\")) {
                current.setLength(current.length() - 1);
            } else if (current.chars().filter(c -> c == '\'').count() % 2 == 1) {
                continue; // a quoted argument goes on over the next line, as in the shell
            } else {
                commands.add(current.toString().replaceAll("\\s+#.*$", ""));
                current.setLength(0);
            }
        }
        return commands;
    }

    /** What a block shows after its last command, when it shows it in the same block (a status code). */
    private static String inlineOutput(String block) {
        String[] lines = block.strip().split("\n");
        String tail = lines[lines.length - 1].strip();
        return tail.startsWith("curl ") || tail.endsWith("\\") || tail.startsWith("-") ? null : tail;
    }

    private static String last(List<String> commands) {
        return commands.isEmpty() ? "" : commands.get(commands.size() - 1);
    }

    private String substituteIds(String command) {
        String out = command;
        for (Map.Entry<String, String> id : shownIds.entrySet()) {
            out = out.replace(id.getKey(), id.getValue());
        }
        return out;
    }

    private String execute(Curl curl) throws Exception {
        URI uri = base.resolve(curl.pathAndQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        curl.headers().forEach(request::header);
        if (curl.form() != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(curl.form()));
        } else if (curl.data() != null) {
            request.POST(HttpRequest.BodyPublishers.ofString(curl.data(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response =
                session.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return curl.statusOnly() ? String.valueOf(response.statusCode()) : response.body();
    }

    private void compare(JsonNode expected, JsonNode actual, String path, String command) {
        String where = path + " of " + command + "\nexpected " + expected + "\nactual   " + actual;
        if (expected.isTextual() && expected.textValue().equals(ELLIPSIS)) {
            return;
        }
        if (expected.isObject()) {
            assertTrue(actual.isObject(), where);
            boolean more = expected.has(ELLIPSIS);
            expected.fields().forEachRemaining(field -> {
                if (!field.getKey().equals(ELLIPSIS)) {
                    assertTrue(actual.has(field.getKey()), "missing " + field.getKey() + " at " + where);
                    compare(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey(), command);
                }
            });
            if (!more) {
                actual.fieldNames()
                        .forEachRemaining(name -> assertTrue(
                                expected.has(name),
                                "the README does not show " + name + " (add it, or \"…\") at " + where));
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray(), where);
            int shown = expected.size();
            boolean more = shown > 0 && ELLIPSIS.equals(expected.get(shown - 1).asText(null));
            int compared = more ? shown - 1 : shown;
            assertTrue(more ? actual.size() >= compared : actual.size() == compared, "length at " + where);
            for (int i = 0; i < compared; i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]", command);
            }
        } else if (expected.isTextual()) {
            assertTrue(actual.isTextual(), where);
            text(expected.textValue(), actual.textValue(), where);
        } else if (expected.isNumber()) {
            assertTrue(actual.isNumber(), where);
            assertEquals(expected.doubleValue(), actual.doubleValue(), 0.005, where);
        } else {
            assertEquals(expected, actual, where);
        }
    }

    private void text(String expected, String actual, String where) {
        if (UUID_SHAPE.matcher(expected).matches()) {
            assertTrue(UUID_SHAPE.matcher(actual).matches(), where);
            shownIds.put(expected, actual);
            return;
        }
        if (!expected.contains(ELLIPSIS)) {
            assertEquals(expected, actual, where);
            return;
        }
        // the parts shown, in order, with anything between them
        int at = 0;
        String[] parts = expected.split(ELLIPSIS, -1);
        for (int i = 0; i < parts.length; i++) {
            int found = actual.indexOf(parts[i], at);
            assertTrue(found >= 0 && (i > 0 || found == 0), "「" + parts[i] + "」 at " + where);
            at = found + parts[i].length();
        }
        assertTrue(expected.endsWith(ELLIPSIS) || at == actual.length(), "the end at " + where);
    }

    /** The parts of a curl command the README uses: -H, -d (JSON or form), -c/-b (a session), -w '%{http_code}'. */
    private record Curl(
            String pathAndQuery, Map<String, String> headers, String data, String form, boolean statusOnly) {

        private static final Pattern ARGUMENT = Pattern.compile("'([^']*)'|(\\S+)");

        static Curl parse(String command) {
            List<String> args = new ArrayList<>();
            Matcher argument = ARGUMENT.matcher(command);
            while (argument.find()) {
                args.add(argument.group(1) != null ? argument.group(1) : argument.group(2));
            }
            String url = null;
            String data = null;
            List<String> form = new ArrayList<>();
            boolean statusOnly = false;
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "-s", "-c", "-b", "-o" -> {
                        if (!args.get(i).equals("-s")) {
                            i++;
                        }
                    }
                    case "-w" -> statusOnly = args.get(++i).contains("http_code");
                    case "-H" -> {
                        String[] header = args.get(++i).split(":\\s*", 2);
                        headers.put(header[0], header[1]);
                    }
                    case "-d" -> {
                        String value = args.get(++i);
                        if (value.startsWith("{")) {
                            data = value;
                        } else {
                            String[] pair = value.split("=", 2);
                            form.add(pair[0] + "=" + URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
                        }
                    }
                    default -> url = args.get(i);
                }
            }
            String path = url.substring(url.indexOf('/', url.indexOf("localhost")) + 1);
            return new Curl(
                    encodeQuery(path), headers, data, form.isEmpty() ? null : String.join("&", form), statusOnly);
        }

        /** curl sends what it is given; the README's Japanese query is already %-encoded where it must be. */
        private static String encodeQuery(String path) {
            StringBuilder out = new StringBuilder();
            for (char c : path.toCharArray()) {
                out.append(c < 0x80 ? String.valueOf(c) : URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
            return out.toString();
        }
    }
}
