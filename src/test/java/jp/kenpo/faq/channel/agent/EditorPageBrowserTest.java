package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.kenpo.faq.browser.Browser;
import jp.kenpo.faq.traffic.EditorLogin;
import jp.kenpo.faq.traffic.RecordedQuestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor opens the page of what members asked: the unanswered questions grouped, each item's feedback with the
 * questions it answered, the answers per day as a chart and a table. Agents are refused it and not shown its link.
 */
@QuarkusTest
class EditorPageBrowserTest {

    private static final String EDITOR = EditorLogin.EDITOR;
    /** {@code kenpo.accounts.initial-editor-password} of the test profile */
    private static final String EDITOR_PASSWORD = EditorLogin.EDITOR_PASSWORD;

    @TestHTTPResource("/agent")
    URL console;

    @TestHTTPResource("/agent/editor")
    URL editorPage;

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
    void editorSeesWhatMembersAsked() throws Exception {
        String item = membersAsked();
        String itemQuestion = given().get("/api/v1/faq/" + item)
                .then()
                .statusCode(200)
                .extract()
                .path("question");

        logInAsEditor();
        driver.get(editorPage.toString());
        waitUntil(() -> canteenCount() >= 2);
        assertEquals("回答できなかった質問", driver.findElement(By.id("attention-title")).getText());
        WebElement group = canteenGroup();
        assertTrue(
                group.findElement(By.cssSelector(".group-outcomes")).getText().matches(".*(候補の提示|該当なし).*"));
        group.findElement(By.cssSelector(".examples summary")).click();
        String examples = group.findElement(By.cssSelector(".examples ul")).getText();
        assertTrue(examples.contains("社員食堂のメニューを教えてください"), examples);
        assertTrue(examples.contains("社員食堂の今日のメニューを教えて"), examples);

        // the item found unhelpful: its question from the FAQ, 👎 counted, and the questions it answered
        By row = By.cssSelector("#item-table tbody tr[data-id='" + item + "']");
        waitUntil(() -> !driver.findElements(row).isEmpty());
        WebElement itemRow = driver.findElement(row);
        assertEquals(
                itemQuestion, itemRow.findElement(By.cssSelector("td.question")).getText());
        assertTrue(number(itemRow.findElement(By.cssSelector("td.unhelpful"))) >= 1, itemRow.getText());
        assertTrue(itemRow.findElement(By.cssSelector("td.rate")).getText().endsWith("%"), itemRow.getText());
        itemRow.findElement(By.cssSelector("button.show-questions")).click();
        WebElement questions = driver.findElement(By.id("item-questions"));
        waitUntil(() -> questions.getText().contains("お知らせをなくしました"));
        assertTrue(questions.getText().contains("項番" + item + "で回答した質問"), questions.getText());
        assertTrue(questions.getText().contains("👎 役に立たなかった"), questions.getText());

        // the chart has bars, for every channel and for the API alone; today is in the table with its answers
        waitUntil(() -> !bars().isEmpty());
        int allBars = bars().size();
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        assertTrue(bars().stream().anyMatch(b -> today.equals(b.getAttribute("data-day"))));
        new Select(driver.findElement(By.id("channel"))).selectByValue("API");
        waitUntil(() -> driver.findElement(By.cssSelector("#daily-chart svg title"))
                .getAttribute("textContent")
                .startsWith("日ごとの件数のグラフ（API、"));
        assertTrue(!bars().isEmpty() && bars().size() <= allBars, bars().size() + " of " + allBars);
        driver.findElement(By.cssSelector("#daily-numbers summary")).click();
        String todayRow = driver.findElement(By.cssSelector("#daily-table tbody tr:last-child"))
                .getText();
        int d = LocalDate.parse(today).getDayOfMonth();
        assertTrue(todayRow.contains(d + "日"), todayRow);
        WebElement total = driver.findElement(By.cssSelector("#daily-table tbody tr:last-child td.total"));
        assertTrue(number(total) >= 3, todayRow);

        new Select(driver.findElement(By.id("period"))).selectByValue("7");
        waitUntil(() -> driver.findElement(By.id("period-status")).getText().equals("直近7日の集計を表示しています"));
        int shownDays =
                driver.findElements(By.cssSelector("#daily-table tbody tr")).size();
        // seven days back from now may reach into an eighth calendar day
        assertTrue(shownDays == 7 || shownDays == 8, shownDays + " days");
        assertTrue(canteenCount() >= 2);
        assertFalse(Browser.overflowsHorizontally(driver));
        assertTrue(Files.size(Browser.screenshot(driver, "editor-page-1280x800")) > 10_000);
        new Select(driver.findElement(By.id("channel"))).selectByValue("");
        driver.executeScript("document.getElementById('daily-title').scrollIntoView();");
        assertTrue(Files.size(Browser.screenshot(driver, "editor-page-chart-1280x800")) > 10_000);
    }

    @Test
    void editorPageAtPhoneWidth() throws Exception {
        membersAsked();
        driver.quit();
        driver = Browser.start(360, 740);
        logInAsEditor();
        driver.get(editorPage.toString());
        waitUntil(() -> canteenCount() >= 2 && !bars().isEmpty());
        waitUntil(() ->
                !driver.findElements(By.cssSelector("#item-table tbody tr")).isEmpty());
        assertTrue(Files.size(Browser.screenshot(driver, "editor-page-360x740")) > 5_000);
        assertFalse(
                Browser.overflowsHorizontally(driver),
                () -> "the page fits 360 px without scrolling sideways: " + Browser.tooWide(driver));
    }

    /** An agent is refused the page and not shown its link; not logged in, the page is the login page. */
    @Test
    void onlyEditorsGetThePageAndItsLink() {
        given().redirects()
                .follow(false)
                .get("/agent/editor")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/agent/login.html"));
        given().cookie(AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD))
                .redirects()
                .follow(false)
                .get("/agent/editor")
                .then()
                .statusCode(403);

        driver.get(editorPage.toString());
        waitUntil(() -> driver.getCurrentUrl().contains("/agent/login.html"));
        logIn(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD);
        waitUntil(() -> !driver.findElement(By.id("agent-name")).getText().isEmpty());
        assertFalse(driver.findElement(By.id("editor-link")).isDisplayed(), "no editor link for an agent");
        driver.get(editorPage.toString());
        waitUntil(() -> !driver.findElements(By.tagName("h1")).isEmpty());
        assertEquals("このページは利用できません", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElements(By.id("groups")).isEmpty());

        driver.manage().deleteAllCookies();
        logInAsEditor();
        WebElement link = driver.findElement(By.id("editor-link"));
        waitUntil(link::isDisplayed);
        assertEquals("FAQ の利用状況", link.getText());
        link.click();
        waitUntil(() -> driver.getCurrentUrl().endsWith("/agent/editor"));
        waitUntil(() -> !driver.findElements(By.id("attention-title")).isEmpty());
        assertEquals("FAQ の利用状況 編集者向け", driver.findElement(By.tagName("h1")).getText());
    }

    /**
     * Members ask a question the FAQ does not cover in two wordings, and one it answers, whose answer they find
     * unhelpful; returns the item of that answer once all is recorded.
     */
    private static String membersAsked() {
        RecordedQuestions.ask("社員食堂のメニューを教えてください");
        RecordedQuestions.ask("社員食堂の今日のメニューを教えて");
        JsonPath lost = RecordedQuestions.ask("お知らせをなくしました");
        String item = lost.getString("best.id");
        given().contentType(ContentType.JSON)
                .body(Map.of("answerId", lost.getString("answerId"), "helpful", false))
                .when()
                .post("/api/v1/feedback")
                .then()
                .statusCode(204);
        recorded(item);
        canteenGroupRecorded();
        return item;
    }

    /** Waits until the questions asked are recorded (asynchronously) and the item's 👎 is counted. */
    private static void recorded(String item) {
        Cookie editor = EditorLogin.editor();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> items = RecordedQuestions.report(editor, "/api/v1/editor/items?days=1", "items");
            assertTrue(
                    items.stream().anyMatch(i -> item.equals(i.get("id")) && (Integer) i.get("unhelpful") >= 1),
                    items.toString());
        });
    }

    /** Waits until the canteen questions are recorded and grouped. */
    private static void canteenGroupRecorded() {
        Cookie editor = EditorLogin.editor();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> groups =
                    RecordedQuestions.report(editor, "/api/v1/editor/attention?days=1", "groups");
            assertTrue(
                    groups.stream()
                            .anyMatch(g ->
                                    ((String) g.get("question")).contains("社員食堂") && (Integer) g.get("count") >= 2),
                    groups.toString());
        });
    }

    private void logInAsEditor() {
        EditorLogin.editor();
        driver.get(console.toString());
        waitUntil(() -> driver.getCurrentUrl().contains("/agent/login.html"));
        logIn(EDITOR, EDITOR_PASSWORD);
    }

    private void logIn(String user, String password) {
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password, Keys.ENTER);
        waitUntil(() -> !driver.findElements(By.id("q")).isEmpty());
    }

    /** The count of the group of canteen questions, 0 while it is not shown. */
    private long canteenCount() {
        Object count = driver.executeScript("var g = Array.from(document.querySelectorAll('#groups .group'))"
                + ".find(function (g) { return g.querySelector('.group-question').textContent.indexOf('社員食堂') >= 0; });"
                + " return g ? parseInt(g.querySelector('.figure.count .figure-value').textContent, 10) : 0;");
        return ((Number) count).longValue();
    }

    private WebElement canteenGroup() {
        return driver.findElements(By.cssSelector("#groups .group")).stream()
                .filter(g -> g.findElement(By.cssSelector(".group-question"))
                        .getText()
                        .contains("社員食堂"))
                .findFirst()
                .orElseThrow();
    }

    private List<WebElement> bars() {
        return driver.findElements(By.cssSelector("#daily-chart svg rect.bar"));
    }

    private static int number(WebElement cell) {
        return Integer.parseInt(cell.getText().replaceAll("[^0-9]", ""));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
