package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;

import io.restassured.http.Cookie;

/** Logs in through the form like a browser and returns the session cookie. */
final class AgentLogin {

    static final String AGENT = "agent1";
    static final String AGENT_PASSWORD = "agent1-password";
    static final String MEMBER = "member1";
    static final String MEMBER_PASSWORD = "member1-password";

    private AgentLogin() {}

    static Cookie as(String user, String password) {
        Cookie cookie = given().redirects()
                .follow(false)
                .formParam("j_username", user)
                .formParam("j_password", password)
                .when()
                .post("/j_security_check")
                .then()
                .statusCode(302)
                .extract()
                .detailedCookie("kenpo-agent");
        if (cookie == null) {
            throw new AssertionError("login as " + user + " set no session cookie");
        }
        return cookie;
    }
}
