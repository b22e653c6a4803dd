package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FaqResourceTest {

    @Test
    void listsAllItemsInOrderWithCategory() {
        given().when()
                .get("/api/v1/faq")
                .then()
                .statusCode(200)
                .body("$", hasSize(40))
                .body("[0].id", equalTo("1-1"))
                .body("[9].id", equalTo("5-1"))
                .body("[39].id", equalTo("12-1"))
                .body("[39].category", equalTo("マイナ保険証・健康保険証に関するQA"));
    }

    @Test
    void oneItemById() {
        given().when()
                .get("/api/v1/faq/5-2")
                .then()
                .statusCode(200)
                .body("id", equalTo("5-2"))
                .body("question", containsString("送付されませんでした"))
                .body("answer", containsString("2024年8月31日"));
    }

    @Test
    void unknownFaqIdIsNotFoundProblem() {
        given().when()
                .get("/api/v1/faq/99-1")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Unknown FAQ item"));
    }

    @Test
    void malformedFaqIdIsNotFoundProblem() {
        given().when().get("/api/v1/faq/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiAreServed() {
        // ready once the database said which revision of the FAQ is published: shortly after start-up
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> given().when().get("/q/health/ready").then().statusCode(200));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/ask"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
