package jp.kenpo.faq.channel.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import jp.kenpo.faq.browser.Browser;
import jp.kenpo.faq.traffic.EditorLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * After a logout, Back shows nothing of the last caller: the page empties itself as the logout form is sent (so the
 * browser keeps no copy of the caller's facts for the history), and a page the browser restores from its back-forward
 * cache loads again, from the server, which asks for a login.
 */
@QuarkusTest
class AgentLogoutBrowserTest {

    /** What the page holds as the logout form is sent, kept in this tab's storage for the next page to read. */
    private static final String RECORD_AT_LOGOUT = "document.querySelector('form[action=\"/agent/logout\"]')"
            + ".addEventListener('submit', function () { sessionStorage.setItem('atLogout', JSON.stringify({"
            + " inputs: Array.from(document.querySelectorAll('main input, main select'), function (e) {"
            + " return e.id === 'asOf' ? '' : e.value; }).join(''),"
            + " text: document.querySelector('main').innerText })); });";

    @TestHTTPResource("/agent")
    URL console;

    private ChromeDriver driver;

    @BeforeEach
    void start() {
        driver = Browser.start(1280, 800);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void backAfterLogoutShowsNothingOfTheCaller() {
        logIn(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        waitUntil(() -> !driver.findElements(By.id("fact-scheme")).isEmpty());
        driver.findElement(By.id("q")).sendKeys("6-1", Keys.ENTER);
        waitUntil(() -> driver.findElement(By.id("answer")).getText().contains("項番 6-1"));
        new Select(driver.findElement(By.id("fact-scheme"))).selectByVisibleText("一般（在職）");
        driver.findElement(By.id("fact-birthDate")).sendKeys("S36.8.20");
        driver.findElement(By.cssSelector("#facts button[type=submit]")).click();
        waitUntil(() -> !driver.findElements(By.cssSelector("#verdicts table")).isEmpty());

        driver.executeScript(RECORD_AT_LOGOUT);
        driver.findElement(By.cssSelector("form[action='/agent/logout'] button"))
                .click();
        waitUntil(() -> driver.getCurrentUrl().contains("/agent/login.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> atLogout =
                (Map<String, Object>) driver.executeScript("return JSON.parse(sessionStorage.getItem('atLogout'));");
        assertEquals("", atLogout.get("inputs"), "no input of the caller left as the form was sent");
        String text = (String) atLogout.get("text");
        assertFalse(text.contains("項番 6-1") || text.contains("一斉送付"), text);

        driver.navigate().back();
        waitUntil(() -> "complete".equals(driver.executeScript("return document.readyState")));
        String shown = driver.findElement(By.tagName("body")).getText();
        assertFalse(shown.contains("項番 6-1") || shown.contains("一斉送付") || shown.contains("S36"), shown);
        boolean loginPage = driver.getCurrentUrl().contains("/agent/login.html");
        assertTrue(
                loginPage
                        || driver.findElement(By.id("q")).getAttribute("value").isEmpty(),
                shown);
    }

    /** A page the browser shows again from its back-forward cache is loaded anew instead. */
    @Test
    void aConsoleRestoredFromTheBackForwardCacheLoadsAgain() {
        logIn(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        restoredFromCacheLoadsAgain();
    }

    @Test
    void theEditorsPageEmptiesAtLogoutAndLoadsAgainWhenRestored() {
        EditorLogin.editor();
        logIn(EditorLogin.EDITOR, EditorLogin.EDITOR_PASSWORD);
        driver.get(console.toString() + "/editor");
        waitUntil(() -> driver.findElement(By.id("period-status")).getText().contains("集計を表示しています"));
        restoredFromCacheLoadsAgain();
        waitUntil(() -> driver.findElement(By.id("period-status")).getText().contains("集計を表示しています"));

        driver.executeScript(RECORD_AT_LOGOUT);
        driver.findElement(By.cssSelector("form[action='/agent/logout'] button"))
                .click();
        waitUntil(() -> driver.getCurrentUrl().contains("/agent/login.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> atLogout =
                (Map<String, Object>) driver.executeScript("return JSON.parse(sessionStorage.getItem('atLogout'));");
        String text = (String) atLogout.get("text");
        assertFalse(text.contains("集計を表示しています") || text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), text);
    }

    private void restoredFromCacheLoadsAgain() {
        driver.executeScript("window.__before = true;"
                + " window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));");
        waitUntil(() -> Boolean.TRUE.equals(
                driver.executeScript("return document.readyState === 'complete' && window.__before === undefined")));
    }

    private void logIn(String user, String password) {
        driver.get(console.toString());
        waitUntil(() -> driver.getCurrentUrl().contains("/agent/login.html"));
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password, Keys.ENTER);
        waitUntil(() -> !driver.findElements(By.id("q")).isEmpty());
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
