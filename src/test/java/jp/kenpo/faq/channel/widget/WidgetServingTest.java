package jp.kenpo.faq.channel.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The widget's loader, its versioned code and the demo page are served with the caching each URL allows, and CORS lets
 * configured embedding origins call the API.
 */
@QuarkusTest
class WidgetServingTest {

    @Test
    void loaderAndDemoPageAreServed() {
        given().when()
                .get("/widget.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("window.KenpoFaq"));
        given().when().get("/").then().statusCode(200).body(containsString("<script src=\"/widget.js\" defer"));
    }

    /** The loader names the code by the start of its content's SHA-256, so a release that changes it changes its URL. */
    @Test
    void theLoaderNamesTheCodeByItsContent() throws Exception {
        String version = version();
        byte[] code = given().when()
                .get("/widget/" + version + ".js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("attachShadow"))
                .extract()
                .asByteArray();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(code);
        assertEquals(HexFormat.of().formatHex(digest, 0, 8), version);
    }

    /** The versioned URL's content never changes: browsers and proxies keep it a year without asking. */
    @Test
    void versionedCodeIsImmutable() {
        given().when()
                .get("/widget/" + version() + ".js")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("Vary", containsString("Accept-Encoding"));
    }

    /** The loader's and the demo page's URLs have no version: they must be asked again, not kept for a day. */
    @Test
    void loaderAndDemoPageAreRevalidated() {
        String etag = given().when()
                .get("/widget.js")
                .then()
                .statusCode(200)
                .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get("/widget.js")
                .then()
                .statusCode(304)
                .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))));
        String lastModified = given().when()
                .get("/")
                .then()
                .statusCode(200)
                .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))))
                .extract()
                .header("Last-Modified");
        given().header("If-Modified-Since", lastModified)
                .when()
                .get("/")
                .then()
                .statusCode(304)
                .header("Cache-Control", not(containsString("immutable")));
    }

    /** The loader's fallback when a replica on the previous release does not know the version: revalidated too. */
    @Test
    void currentCodeIsServedForRevalidation() {
        given().when()
                .get("/widget/current.js")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("attachShadow"));
    }

    @Test
    void unknownWidgetVersionIsNotFoundProblem() {
        given().when()
                .get("/widget/0123456789abcdef.js")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Unknown widget version"))
                .body("status", equalTo(404))
                .header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void scriptsPageAndAnswersAreCompressed() {
        for (String path : List.of("/widget.js", "/widget/" + version() + ".js", "/")) {
            given().header("Accept-Encoding", "gzip")
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Content-Encoding", equalTo("gzip"))
                    // decompressed once, the script itself: compressed once, not twice
                    .body(containsString("KenpoFaq"));
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
    void scriptsAreSentPlainToClientsWithoutGzip() {
        for (String accepted : List.of("identity", "gzip;q=0")) {
            // without content decoders, REST Assured sends no Accept-Encoding of its own beside this one
            given().config(RestAssured.config()
                            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", accepted)
                    .when()
                    .get("/widget/" + version() + ".js")
                    .then()
                    .statusCode(200)
                    .header("Content-Encoding", nullValue())
                    .body(containsString("attachShadow"));
        }
    }

    /** The code's version, as the loader names it. */
    private static String version() {
        String loader = given().when()
                .get("/widget.js")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher named = Pattern.compile("widget/([0-9a-f]{16})\\.js").matcher(loader);
        assertTrue(named.find(), loader);
        return named.group(1);
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
