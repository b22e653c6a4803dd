package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import jp.kenpo.faq.store.Database;
import org.junit.jupiter.api.Test;

/**
 * The login cookie holds its own state, so logging out records the time on the server: a copy of the cookie made
 * before the logout is refused, on every replica, and logging in again gives a cookie that works.
 */
@QuarkusTest
class AgentLogoutTest {

    @Inject
    Database database;

    @Inject
    DataSource dataSource;

    @Test
    void aCookieSavedBeforeTheLogoutIsRefusedAfterIt() {
        awaitDatabase();
        Cookie saved = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        given().cookie(saved).when().get("/api/v1/agent/me").then().statusCode(200);

        given().cookie(saved)
                .redirects()
                .follow(false)
                .when()
                .post("/agent/logout")
                .then()
                .statusCode(303);

        refused(saved);

        Cookie again = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        given().cookie(again).when().get("/api/v1/agent/me").then().statusCode(200);
        given().cookie(again).when().get("/agent").then().statusCode(200).body(containsString("/agent/console.js"));
    }

    /** A logout on another replica reaches this one through the database. */
    @Test
    void aLogoutRecordedByAnotherReplicaCounts() throws Exception {
        awaitDatabase();
        Cookie saved = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        given().cookie(saved).when().get("/api/v1/agent/me").then().statusCode(200);
        Thread.sleep(5); // the logout comes after the login, as it does in life
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(
                        "insert into account_logout (name, logged_out_at)"
                                + " values (?, ?) on conflict (name) do update set logged_out_at = excluded.logged_out_at")) {
            upsert.setString(1, AgentLogin.AGENT);
            upsert.setTimestamp(2, Timestamp.from(Instant.now()));
            upsert.executeUpdate();
        }
        refused(saved);
        Cookie again = AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        given().cookie(again).when().get("/api/v1/agent/me").then().statusCode(200);
    }

    private static void refused(Cookie cookie) {
        given().cookie(cookie)
                .when()
                .get("/api/v1/agent/me")
                .then()
                .statusCode(401)
                .header("Set-Cookie", containsString("kenpo-agent=;"));
        given().cookie(cookie)
                .redirects()
                .follow(false)
                .when()
                .get("/agent")
                .then()
                .statusCode(303)
                .header("Location", containsString("/agent/login.html"));
    }

    private void awaitDatabase() {
        await().atMost(Duration.ofSeconds(30)).until(database::isReady);
    }
}
