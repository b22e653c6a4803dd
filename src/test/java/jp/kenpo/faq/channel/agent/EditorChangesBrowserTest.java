package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import jp.kenpo.faq.browser.Browser;
import jp.kenpo.faq.editing.OwnDatabase;
import jp.kenpo.faq.traffic.EditorLogin;
import jp.kenpo.faq.traffic.RecordedQuestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor changes the FAQ from the editors' page: a question members asked that nothing answered is added as a
 * 言い換え of an item, its check figures are shown beside the served FAQ's, it is published and answered at once,
 * the versions show it served, and restoring the FAQ as shipped undoes it; a group found needing nothing is
 * dismissed. On a database of its own, so that the published revisions are served to no other test.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class EditorChangesBrowserTest {

    /** Words no item and no check question uses: only the 言い換え added here can answer them. */
    private static final String UNANSWERED = "ぴよぴよ窓口のふがふが書類はどこ";
    /** Another question nothing answers, for the group dismissed. */
    private static final String NEEDS_NOTHING = "もこもこ広場のぽんぽん用紙はいつ届く";

    @TestHTTPResource("/agent")
    URL console;

    @TestHTTPResource("/agent/editor")
    URL editorPage;

    private ChromeDriver driver;

    @BeforeEach
    void start() {
        driver = Browser.start(1280, 900);
    }

    @AfterEach
    void stopAndBackToTheFaqAsShipped() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            given().cookie(EditorLogin.editor())
                    .when()
                    .post("/api/v1/editor/revisions/0/restore")
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void anUnansweredQuestionIsAddedAsAnAlternatePublishedAndUndone() throws Exception {
        assertNotEquals("6-2", bestFor(UNANSWERED));
        groupRecorded(UNANSWERED);

        logInAsEditor();
        driver.get(editorPage.toString());
        By group = groupOf(UNANSWERED);
        waitUntil(() -> !driver.findElements(group).isEmpty());
        WebElement unanswered = driver.findElement(group);
        new Select(unanswered.findElement(By.cssSelector("select.alternate-item"))).selectByValue("6-2");
        unanswered.findElement(By.cssSelector("button.add-alternate")).click();

        // staging builds the changed FAQ and asks the checks: the status says so meanwhile
        WebElement status = driver.findElement(By.id("change-status"));
        WebElement review = driver.findElement(By.id("review-body"));
        waitLong(() -> review.findElements(By.cssSelector("table.figures")).size() == 1);
        assertTrue(status.getText().contains("変更を登録しました"), status.getText());
        String figures = review.getText();
        assertTrue(figures.contains("checks/golden.tsv"), figures);
        assertFalse(figures.contains("悪化"), figures);
        assertTrue(review.findElements(By.cssSelector("tr.regressed")).isEmpty(), figures);
        String revision = review.getAttribute("data-revision");
        WebElement publish = review.findElement(By.cssSelector("button.publish"));
        assertTrue(publish.isEnabled());
        assertTrue(Files.size(Browser.screenshot(driver, "editor-changes-staged-1280x900")) > 10_000);
        publish.click();
        waitLong(() -> status.getText().equals("公開しました。すべてのサーバーに数秒で反映されます。"));
        assertEquals("6-2", bestFor(UNANSWERED));

        // the versions: the revision published is served
        By servedRow = By.cssSelector("#history-table tbody tr[data-id='" + revision + "']");
        waitUntil(() -> !driver.findElements(servedRow).isEmpty()
                && driver.findElement(servedRow).getText().contains("配信中"));
        assertTrue(
                driver.findElement(servedRow).getText().contains("公開"),
                driver.findElement(servedRow).getText());
        waitUntil(() -> driver.findElement(By.id("audit-list")).getText().contains("公開"));
        String audit = driver.findElement(By.id("audit-list")).getText();
        assertTrue(audit.contains("版" + revision), audit);

        // at phone width the page with its new parts fits without scrolling sideways
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        driver.executeScript("window.scrollTo(0, 0);");
        assertFalse(
                Browser.overflowsHorizontally(driver),
                () -> "the page fits 360 px without scrolling sideways: " + Browser.tooWide(driver));
        assertTrue(Files.size(Browser.screenshot(driver, "editor-changes-360x740")) > 5_000);
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));

        // back to the FAQ as shipped, after a confirmation
        driver.findElement(By.id("restore-shipped")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        driver.switchTo().alert().accept();
        waitLong(() -> status.getText().startsWith("出荷時のFAQに戻しました"));
        // said beside the button too, far below the panel's status
        assertTrue(driver.findElement(By.id("history-status")).getText().startsWith("出荷時のFAQに戻しました"));
        await().atMost(Duration.ofSeconds(15)).until(() -> !"6-2".equals(bestFor(UNANSWERED)));
        // the restoration is a revision of its own, served now in place of the one published
        waitUntil(() -> driver.findElement(By.id("served-now")).getText().contains("出荷時のFAQ"));
        waitUntil(() -> !driver.findElement(servedRow).getText().contains("配信中"));
        WebElement newest = driver.findElement(By.cssSelector("#history-table tbody tr:first-child"));
        assertTrue(newest.getText().contains("配信中") && newest.getText().contains("出荷時のFAQに戻す"), newest.getText());
        assertTrue(
                driver.findElement(servedRow).getText().contains("この版に戻す"),
                driver.findElement(servedRow).getText());
        assertTrue(Files.size(Browser.screenshot(driver, "editor-changes-restored-1280x900")) > 10_000);
    }

    @Test
    void aGroupNeedingNothingIsDismissed() {
        groupRecorded(NEEDS_NOTHING);
        logInAsEditor();
        driver.get(editorPage.toString());
        By group = groupOf(NEEDS_NOTHING);
        waitUntil(() -> !driver.findElements(group).isEmpty());
        driver.findElement(group).findElement(By.cssSelector("button.dismiss")).click();
        waitLong(() -> driver.findElement(By.id("change-status")).getText().contains("一覧から外しました"));
        waitUntil(() -> driver.findElements(group).isEmpty()
                && !driver.findElements(By.cssSelector("#groups li")).isEmpty());
        waitUntil(() -> driver.findElement(By.id("audit-list")).getText().contains("対応不要（非表示）"));
        List<Map<String, Object>> groups =
                RecordedQuestions.report(EditorLogin.editor(), "/api/v1/editor/attention?days=30", "groups");
        assertTrue(
                groups.stream()
                        .noneMatch(g -> Objects.toString(g.get("question")).contains("もこもこ広場")),
                groups.toString());
    }

    /** Asks the question as a member does and waits until the attention list groups it. */
    private static void groupRecorded(String question) {
        RecordedQuestions.ask(question);
        Cookie editor = EditorLogin.editor();
        String words = question.substring(0, 5);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> groups =
                    RecordedQuestions.report(editor, "/api/v1/editor/attention?days=30", "groups");
            assertTrue(
                    groups.stream()
                            .anyMatch(g -> Objects.toString(g.get("question")).contains(words)),
                    groups.toString());
        });
    }

    /** The group whose representative question begins with the question's first words (others may join it). */
    private static By groupOf(String question) {
        return By.xpath("//ol[@id='groups']/li[contains(@data-question, '" + question.substring(0, 5) + "')]");
    }

    private static String bestFor(String question) {
        return RecordedQuestions.ask(question).getString("best.id");
    }

    private void logInAsEditor() {
        EditorLogin.editor();
        driver.get(console.toString());
        waitUntil(() -> driver.getCurrentUrl().contains("/agent/login.html"));
        driver.findElement(By.id("j_username")).sendKeys(EditorLogin.EDITOR);
        driver.findElement(By.id("j_password")).sendKeys(EditorLogin.EDITOR_PASSWORD, Keys.ENTER);
        waitUntil(() -> !driver.findElements(By.id("q")).isEmpty());
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    /** Staging and publishing build an FAQ and ask its checks: seconds, more on a busy machine. */
    private void waitLong(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> condition.getAsBoolean());
    }
}
