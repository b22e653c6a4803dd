package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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
}
