package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.specification.RequestSpecification;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every agent endpoint refuses anonymous (401) and wrong-role (403) requests and serves agents (200). */
@QuarkusTest
class AgentSecurityTest {

    /** One call per agent endpoint. */
    record Endpoint(String name, Function<RequestSpecification, io.restassured.response.Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> agentEndpoints() {
        return Stream.of(
                new Endpoint(
                        "GET /api/v1/agent/search",
                        r -> r.queryParam("q", "お知らせ 届かない").get("/api/v1/agent/search")),
                new Endpoint(
                        "POST /api/v1/agent/assessment",
                        r -> r.contentType(ContentType.JSON)
                                .body("{\"member\": {\"scheme\": \"REGULAR\"}}")
                                .post("/api/v1/agent/assessment")),
                new Endpoint("GET /api/v1/agent/faq.csv", r -> r.get("/api/v1/agent/faq.csv")),
                new Endpoint("GET /api/v1/agent/me", r -> r.get("/api/v1/agent/me")));
    }

    @ParameterizedTest(name = "{0} anonymous → 401")
    @MethodSource("agentEndpoints")
    void anonymousIsUnauthorized(Endpoint endpoint) {
        endpoint.call().apply(given()).then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} wrong role → 403")
    @MethodSource("agentEndpoints")
    void wrongRoleIsForbidden(Endpoint endpoint) {
        Cookie member = AgentLogin.as(AgentLogin.MEMBER, AgentLogin.MEMBER_PASSWORD);
        endpoint.call().apply(given().cookie(member)).then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} agent → 200")
    @MethodSource("agentEndpoints")
    void agentIsServed(Endpoint endpoint) {
        Cookie agent = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        endpoint.call().apply(given().cookie(agent)).then().statusCode(200);
    }

    @Test
    void consolePageSendsAnonymousVisitorsToTheLoginPage() {
        given().redirects()
                .follow(false)
                .when()
                .get("/agent")
                .then()
                .statusCode(303)
                .header("Location", containsString("/agent/login.html"));
        given().when().get("/agent/login.html").then().statusCode(200).body(containsString("j_security_check"));
    }

    @Test
    void consolePageRefusesTheWrongRole() {
        given().cookie(AgentLogin.as(AgentLogin.MEMBER, AgentLogin.MEMBER_PASSWORD))
                .when()
                .get("/agent")
                .then()
                .statusCode(403)
                .body(not(containsString("console.js")));
    }

    @Test
    void consolePageServesAgents() {
        given().cookie(AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD))
                .when()
                .get("/agent")
                .then()
                .statusCode(200)
                .body(containsString("/agent/console.js"));
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithAnError() {
        given().redirects()
                .follow(false)
                .formParam("j_username", AgentLogin.AGENT)
                .formParam("j_password", "wrong")
                .when()
                .post("/j_security_check")
                .then()
                .statusCode(302)
                .header("Location", containsString("/agent/login.html?error"));
    }

    @Test
    void memberFacingEndpointsStayPublic() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200);
        given().when().get("/widget.js").then().statusCode(200);
        given().when().get("/api/v1/faq/5-2").then().statusCode(200);
    }

    @Test
    void logoutEndsTheSession() {
        given().redirects()
                .follow(false)
                .when()
                .post("/agent/logout")
                .then()
                .statusCode(303)
                .header("Set-Cookie", containsString("kenpo-agent=;"));
    }

    /** Weak hits are always listed; the outcome tells the console whether the FAQ covers the question at all. */
    @Test
    void agentSearchSaysWhenTheFaqDoesNotCoverTheQuestion() {
        Cookie agent = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        given().cookie(agent)
                .queryParam("q", "明日の天気を教えて")
                .when()
                .get("/api/v1/agent/search")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("NO_MATCH"))
                .body("hits.size()", equalTo(10));
        given().cookie(agent)
                .queryParam("q", "お知らせをなくしました")
                .when()
                .get("/api/v1/agent/search")
                .then()
                .statusCode(200)
                .body("outcome", org.hamcrest.Matchers.oneOf("ANSWER", "SUGGEST"))
                .body("hits[0].id", org.hamcrest.Matchers.oneOf("10-1", "10-2"));
    }

    @Test
    void agentSearchRanksWithScoresAndAssessmentNamesTheRules() {
        Cookie agent = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        given().cookie(agent)
                .queryParam("q", "お知らせ 紛失")
                .queryParam("limit", 20)
                .when()
                .get("/api/v1/agent/search")
                .then()
                .statusCode(200)
                .body("hits.size()", equalTo(20))
                .body("hits[0].id", org.hamcrest.Matchers.oneOf("10-1", "10-2"));
        given().cookie(agent)
                .contentType(ContentType.JSON)
                .body("{\"member\": {\"scheme\": \"VOLUNTARY_CONTINUATION\"}, \"asOf\": \"2026-11-24\"}")
                .when()
                .post("/api/v1/agent/assessment")
                .then()
                .statusCode(200)
                .body("assessment.referenceDate", equalTo("2024-09-14"))
                .body("firedRules", org.hamcrest.Matchers.hasItem("任意継続・特例退職制度の被保険者・被扶養者は基準日が2024年9月14日時点"));
        given().cookie(agent)
                .queryParam("q", "")
                .when()
                .get("/api/v1/agent/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().cookie(agent)
                .when()
                .get("/api/v1/agent/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("agent1"));
    }
}
