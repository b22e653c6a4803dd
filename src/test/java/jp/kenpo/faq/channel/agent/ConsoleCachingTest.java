package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's scripts, styles and login page have no version in their URLs: browsers must ask whether they changed. */
@QuarkusTest
class ConsoleCachingTest {

    @Test
    void consoleFilesAreRevalidatedNotKeptForADay() {
        for (String path : List.of(
                "/agent/console.js",
                "/agent/console.css",
                "/agent/editor.js",
                "/agent/editor.css",
                "/agent/login.html")) {
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
                    .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))));
        }
    }
}
