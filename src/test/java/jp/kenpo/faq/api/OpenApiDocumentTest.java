package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document holds what a linter requires: servers, a defined scheme for every security
 * requirement, security stated on every operation (public ones as {@code []}) and unique operation ids.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationSaysWhoMayCallItAndHasItsOwnId() {
        Map<String, Object> document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        assertFalse(((List<?>) document.get("servers")).isEmpty(), "servers");
        Map<String, Object> schemes =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("securitySchemes");
        assertEquals("cookie", ((Map<String, Object>) schemes.get("agentLogin")).get("in"));
        Set<String> ids = new HashSet<>();
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method + " " + path;
            assertTrue(operation.containsKey("security"), name + " states its security");
            for (Map<String, Object> requirement : (List<Map<String, Object>>) operation.get("security")) {
                requirement.keySet().forEach(scheme -> assertTrue(schemes.containsKey(scheme), name + ": " + scheme));
            }
            assertTrue(ids.add((String) operation.get("operationId")), name + " has a unique operationId");
        }));
        assertTrue(ids.size() >= 6, "the API's operations are documented");
    }

    @Test
    void aRealParserFindsNothingWrongWithTheDocument() {
        String document =
                given().get("/q/openapi").then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertTrue(
                result.getMessages() == null || result.getMessages().isEmpty(), String.valueOf(result.getMessages()));
        assertTrue(result.getOpenAPI().getPaths().size() >= 6, "paths parsed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyErrorIsDocumentedAsProblemDetails() {
        Map<String, Object> document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        int errors = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String name = operation.getKey() + " " + path.getKey();
                Map<String, Map<String, Object>> responses =
                        (Map<String, Map<String, Object>>) operation.getValue().get("responses");
                boolean needsLogin = !((List<?>) operation.getValue().get("security")).isEmpty();
                boolean takesInput = operation.getValue().containsKey("requestBody")
                        || operation.getValue().containsKey("parameters");
                assertTrue(
                        responses.keySet().stream().anyMatch(status -> status.startsWith("2")),
                        name + " documents its success: " + responses.keySet());
                if (needsLogin) {
                    assertTrue(responses.containsKey("401") && responses.containsKey("403"), name + ": " + responses);
                }
                if (takesInput) {
                    assertTrue(responses.containsKey("400"), name + ": " + responses.keySet());
                }
                for (var response : responses.entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        errors++;
                        Map<String, Object> content =
                                (Map<String, Object>) response.getValue().get("content");
                        assertTrue(
                                content != null && content.containsKey("application/problem+json"),
                                name + " " + response.getKey() + " is problem+json: " + response.getValue());
                        assertEquals(
                                "#/components/schemas/Problem",
                                ((Map<String, Object>) ((Map<String, Object>) content.get("application/problem+json"))
                                                .get("schema"))
                                        .get("$ref"),
                                name + " " + response.getKey());
                    }
                }
            }
        }
        assertTrue(errors >= 20, "errors are documented: " + errors);
        Map<String, Object> problem = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas"))
                        .get("Problem");
        assertTrue(((Map<String, Object>) problem.get("properties"))
                .keySet()
                .containsAll(Set.of("type", "title", "status", "detail")));
    }
}
