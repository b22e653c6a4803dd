package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Personalisation scenarios through the API: our own (src/test/resources/scenarios) and the shared samples
 * beside the repository. Each checks the assessment's keys and that /ask answers with an acceptable item
 * (except where {@code knownWeakness} says why matching does not yet).
 */
@QuarkusTest
class ScenariosTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> FILES = List.of(
            Path.of("src/test/resources/scenarios/scenarios.json"),
            Path.of("src/test/resources/eval/scenarios-sample.json"));

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<JsonNode> scenarios = new ArrayList<>();
        for (Path file : FILES) {
            JSON.readTree(file.toFile()).forEach(scenarios::add);
        }
        return scenarios.stream()
                .map(s -> DynamicTest.dynamicTest(s.path("name").asText(), () -> check(s)));
    }

    private static void check(JsonNode scenario) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.set("member", scenario.get("member"));
        if (scenario.has("asOf")) {
            body.set("asOf", scenario.get("asOf"));
        }
        JsonPath assessment = given().contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(body))
                .post("/api/v1/assessment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonNode expect = scenario.get("expect");
        for (var it = expect.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (entry.getKey().equals("matchedIds")) {
                continue;
            }
            // a value expected to be null must be there as null, not missing
            assertTrue(
                    assessment.getMap("").containsKey(entry.getKey()), "no " + entry.getKey() + " in the assessment");
            Object actual = assessment.get(entry.getKey());
            Object wanted = entry.getValue().isNull() ? null : JSON.treeToValue(entry.getValue(), Object.class);
            assertEquals(Objects.toString(wanted), Objects.toString(actual), entry.getKey());
        }
        assessment
                .getList("explanations.faqIds")
                .forEach(ids -> assertTrue(!((List<?>) ids).isEmpty(), "uncited explanation"));
        // a known weakness of matching keeps its assessment checks; its /ask check waits for a fix
        if (expect.has("matchedIds") && !scenario.has("knownWeakness")) {
            body.put("question", scenario.get("question").asText());
            String best = given().contentType(ContentType.JSON)
                    .body(JSON.writeValueAsString(body))
                    .post("/api/v1/ask")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("best.id");
            List<String> acceptable = new ArrayList<>();
            expect.get("matchedIds").forEach(id -> acceptable.add(id.asText()));
            assertTrue(acceptable.contains(best), "best " + best + " not in " + acceptable);
        }
    }
}
