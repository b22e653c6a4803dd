package jp.kenpo.faq.channel.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The widget's script and demo page are served, and CORS lets configured embedding origins call the API. */
@QuarkusTest
class WidgetServingTest {

    @Test
    void scriptAndDemoPageAreServed() {
        given().when()
                .get("/widget.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("window.KenpoFaq"));
        given().when().get("/").then().statusCode(200).body(containsString("<script src=\"/widget.js\" defer"));
    }

    /** The script's URL has no version: browsers and proxies must ask whether it changed, not keep it for a day. */
    @Test
    void scriptAndDemoPageAreRevalidated() {
        for (String path : List.of("/widget.js", "/")) {
            String lastModified = given().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))))
                    .extract()
                    .header("Last-Modified");
            given().header("If-Modified-Since", lastModified)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("Cache-Control", not(containsString("immutable")));
        }
    }

    @Test
    void scriptPageAndAnswersAreCompressed() {
        for (String path : List.of("/widget.js", "/")) {
            given().header("Accept-Encoding", "gzip")
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Content-Encoding", equalTo("gzip"));
        }
        given().header("Accept-Encoding", "gzip")
                .contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void configuredOriginMayCallTheApi() {
        given().header("Origin", "https://embedding.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .when()
                .options("/api/v1/ask")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://embedding.example"));
        given().header("Origin", "https://embedding.example")
                .contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://embedding.example"));
    }

    @Test
    void crossOriginCallsCarryNoCredentials() {
        given().header("Origin", "https://embedding.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/agent/me")
                .then()
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not(equalTo("true")));
        given().header("Origin", "https://embedding.example")
                .contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not(equalTo("true")));
    }

    @Test
    void otherOriginsMayNot() {
        given().header("Origin", "https://elsewhere.example")
                .contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(403);
    }
}
