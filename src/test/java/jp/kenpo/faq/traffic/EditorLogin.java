package jp.kenpo.faq.traffic;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.Cookie;
import java.time.Duration;

/** Logs in through the form as a browser does; the first editor appears once the database is up, so it waits. */
public final class EditorLogin {

    public static final String EDITOR = "editor";
    /** {@code kenpo.accounts.initial-editor-password} of the test profile */
    public static final String EDITOR_PASSWORD = "kenpo-editor-test";

    private EditorLogin() {}

    public static Cookie as(String user, String password) {
        return await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(
                        () -> given().redirects()
                                .follow(false)
                                .formParam("j_username", user)
                                .formParam("j_password", password)
                                .when()
                                .post("/j_security_check")
                                .then()
                                .statusCode(302)
                                .extract()
                                .detailedCookie("kenpo-agent"),
                        c -> c != null);
    }

    public static Cookie editor() {
        return as(EDITOR, EDITOR_PASSWORD);
    }
}
