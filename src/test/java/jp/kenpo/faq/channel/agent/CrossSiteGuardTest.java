package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import org.junit.jupiter.api.Test;

/** A page of another site cannot log staff in or act with their session; the console's own pages can. */
@QuarkusTest
class CrossSiteGuardTest {

    private static final String ASSESSMENT = """
            {"member": {"scheme": "VOLUNTARY_CONTINUATION"}, "asOf": "2026-11-24"}
            """;

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        given().redirects()
                .follow(false)
                .header("Origin", "https://evil.example")
                .formParam("j_username", AgentLogin.AGENT)
                .formParam("j_password", AgentLogin.AGENT_PASSWORD)
                .when()
                .post("/j_security_check")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Set-Cookie", nullValue());
    }

    @Test
    void aSessionRequestFromAnotherSiteIsRefused() {
        Cookie session = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        given().cookie(session)
                .header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON)
                .body(ASSESSMENT)
                .when()
                .post("/api/v1/agent/assessment")
                .then()
                .statusCode(403)
                .body("title", containsString("Cross-site"));
    }

    @Test
    void theConsolesOwnPagesPass() {
        Cookie session = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        String port = String.valueOf(io.restassured.RestAssured.port);
        given().cookie(session)
                .header("Origin", "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.JSON)
                .body(ASSESSMENT)
                .when()
                .post("/api/v1/agent/assessment")
                .then()
                .statusCode(200);
    }
}
