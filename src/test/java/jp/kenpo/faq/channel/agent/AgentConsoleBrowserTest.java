package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.faq.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An agent logs in, searches, opens an answer, fills a caller's facts and sees the verdict. */
@QuarkusTest
class AgentConsoleBrowserTest {

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
    void agentLooksUpAnItemAndACallersVerdict() throws Exception {
        logIn();

        factFormIsTheServersTable();

        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("お知らせが家に届かない");
        waitUntil(() -> driver.findElements(By.cssSelector("#results li")).size() >= 3);
        search.sendKeys(Keys.ENTER);
        WebElement answer = driver.findElement(By.id("answer"));
        waitUntil(() -> answer.getText().contains("項番 5-") || answer.getText().contains("項番 6-"));
        assertTrue(driver.findElement(By.id("copy")).isEnabled());

        search.clear();
        search.sendKeys("6-1", Keys.ENTER);
        waitUntil(() -> answer.getText().contains("項番 6-1") && answer.getText().contains("特定記録郵便"));

        new Select(driver.findElement(By.id("fact-scheme"))).selectByVisibleText("一般（在職）");
        new Select(driver.findElement(By.id("fact-employer"))).selectByVisibleText("協栄年金ホーム");
        setDate("fact-qualificationAcquiredOn", "2008-04-01");
        new Select(driver.findElement(By.id("fact-qualificationLostOn"))).selectByVisibleText("加入中");
        new Select(driver.findElement(By.id("fact-myNumberRegisteredOn"))).selectByVisibleText("日付");
        setDate("fact-myNumberRegisteredOn-date", "2024-09-02");
        double agentAsked = questions("agent");
        double apiAsked = questions("api");
        driver.findElement(By.cssSelector("#facts button[type=submit]")).click();
        WebElement verdicts = driver.findElement(By.id("verdicts"));
        waitUntil(() -> verdicts.getText().contains("一斉送付の対象"));
        waitUntil(() -> !choiceText().isEmpty());
        assertTrue(verdicts.getText().contains("基準日までにマイナンバー未登録"), verdicts.getText());
        assertTrue(verdicts.getText().contains("下4桁は表記されません"), verdicts.getText());
        assertTrue(verdicts.getText().contains("確認が必要な情報"), verdicts.getText());

        // the caller's question gets the item the widget and LINE would show for these facts, with the rules' reasons
        search.clear();
        search.sendKeys("お知らせの送付先はどこですか");
        driver.findElement(By.cssSelector("#facts button[type=submit]")).click();
        waitUntil(() -> choiceText().contains("この方への回答：項番5-2"));
        String choice = choiceText();
        assertTrue(choice.contains("この方への回答：項番5-2"), choice);
        assertTrue(choice.contains("質問に最も近いのは項番6-"), choice);
        assertTrue(choice.contains("規則：お知らせを受け取った方に向けた項目は一斉送付の対象外の方には当てはまらない"), choice);
        // both lookups counted as the agent console's, not as the plain API's
        assertEquals(agentAsked + 2, questions("agent"));
        assertEquals(apiAsked, questions("api"));
        assertTrue(Files.size(Browser.screenshot(driver, "agent-console-1280x800")) > 10_000);
    }

    /**
     * Facts the server refuses as contradictory (a loss before the acquisition) are named to the agent by their
     * Japanese labels, the one in error and the one it contradicts; the server's English detail and field paths are
     * for API clients and never shown.
     */
    @Test
    void contradictoryFactsAreNamedInJapanese() {
        // the premise: the server refuses these facts, naming the field in error
        given().cookie(AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD))
                .contentType(ContentType.JSON)
                .body("""
                        {"member": {"qualificationAcquiredOn": "2020-04-01", "qualificationLostOn": "2020-03-31"}}""")
                .post("/api/v1/agent/assessment")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("member.qualificationLostOn"))
                .body("errors.message", contains("must not be before qualificationAcquiredOn"));

        logIn();
        waitUntil(() -> !driver.findElements(By.id("fact-qualificationLostOn")).isEmpty());
        setDate("fact-qualificationAcquiredOn", "2020-04-01");
        new Select(driver.findElement(By.id("fact-qualificationLostOn"))).selectByVisibleText("日付");
        setDate("fact-qualificationLostOn-date", "2020-03-31");
        driver.findElement(By.cssSelector("#facts button[type=submit]")).click();
        waitUntil(() -> !driver.findElements(By.cssSelector("#verdicts .error")).isEmpty());

        String shown = driver.findElement(By.id("verdicts")).getText();
        assertEquals("入力内容をご確認ください（資格喪失日）。", shown);
        assertFalse(shown.matches("(?s).*[A-Za-z].*"), "no field path or English in " + shown);
    }

    /**
     * For a question the FAQ does not cover, the weak hits come under a flag with the contact desk of item 4-1, in the
     * FAQ's own words; the flag goes with the next search, and a search by item id never shows it.
     */
    @Test
    void agentIsToldWhenTheFaqDoesNotCoverTheQuestion() throws Exception {
        logIn();
        // the contact block is quoted from the FAQ items the console loads
        waitUntil(
                () -> !driver.findElements(By.cssSelector("#categories button")).isEmpty());
        String contactItem =
                given().get("/api/v1/faq/4-1").then().statusCode(200).extract().path("answer");
        String contactDesk = contactItem.substring(contactItem.indexOf("【お問合せ先】"));
        assertTrue(contactDesk.contains("TEL"), contactDesk);

        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("明日の天気を教えて");
        waitUntil(() -> !driver.findElements(By.id("out-of-scope")).isEmpty());
        String flag = driver.findElement(By.id("out-of-scope")).getText();
        assertTrue(flag.contains("このFAQでは扱っていない内容の可能性があります"), flag);
        assertTrue(flag.contains("お問合せ先をご案内ください"), flag);
        for (String line : contactDesk.split("\n")) {
            assertTrue(flag.contains(line.strip()), "contact desk line " + line + " in " + flag);
        }
        assertEquals(
                "参考：関連の低い項目",
                driver.findElement(By.cssSelector("#search-note h3")).getText());
        List<String> weak = hitClasses();
        assertEquals(10, weak.size(), "the weak hits are still listed");
        assertTrue(weak.stream().allMatch(c -> c.contains("weak")), weak.toString());
        assertTrue(Files.size(Browser.screenshot(driver, "agent-console-out-of-scope")) > 10_000);

        search.clear();
        search.sendKeys("4-1");
        waitUntil(() -> driver.findElements(By.id("out-of-scope")).isEmpty());
        assertEquals(List.of(""), hitClasses(), "one item, found by its id, not flagged");
        assertTrue(driver.findElement(By.id("results")).getText().contains("4-1"));

        search.clear();
        search.sendKeys("明日の天気を教えて");
        waitUntil(() -> !driver.findElements(By.id("out-of-scope")).isEmpty());
        search.clear();
        search.sendKeys("お知らせをなくしました");
        // the weak hits of the question before may hold these items too, but not first
        waitUntil(() -> List.of("10-1", "10-2").contains(firstHitId()));
        assertTrue(driver.findElements(By.id("out-of-scope")).isEmpty(), "the flag goes with the next search");
        assertTrue(driver.findElements(By.id("several-candidates")).isEmpty(), "a clear answer needs no note");
        assertTrue(
                hitClasses().stream().noneMatch(c -> c.contains("weak")),
                hitClasses().toString());

        search.clear();
        search.sendKeys("お知らせが家に届かない");
        waitUntil(() -> !driver.findElements(By.id("several-candidates")).isEmpty());
        assertEquals(
                "候補が複数あります。内容をご確認ください。",
                driver.findElement(By.id("several-candidates")).getText());
        assertTrue(driver.findElements(By.id("out-of-scope")).isEmpty());
    }

    /**
     * A date typed in any common form, 和暦 included, is a stated date by itself: the selector beside it follows, the
     * reading is echoed in Japanese, and the verdicts use it. Something that is not a date is named, never sent.
     */
    @Test
    void aTypedDateIsUsedWithoutTouchingItsSelector() {
        logIn();
        waitUntil(() ->
                !driver.findElements(By.id("fact-myNumberRegisteredOn-date")).isEmpty());
        new Select(driver.findElement(By.id("fact-scheme"))).selectByVisibleText("一般（在職）");
        new Select(driver.findElement(By.id("fact-employer"))).selectByVisibleText("協栄年金ホーム");
        typeDate("fact-qualificationAcquiredOn", "2008/4/1");
        new Select(driver.findElement(By.id("fact-qualificationLostOn"))).selectByVisibleText("加入中");

        typeDate("fact-myNumberRegisteredOn-date", "R6.9.14");
        assertEquals("日付", selected("fact-myNumberRegisteredOn"), "the selector follows the typed date");
        waitUntil(() -> dateNote("fact-myNumberRegisteredOn-date").equals("2024年9月14日として扱います"));
        assess();
        assertEquals("基準日までにマイナンバー未登録", verdict("理由"));

        for (String typed : List.of("2024/9/14", "20240914", "２０２４－０９－１４", "令和6年9月14日", "R06.09.14")) {
            typeDate("fact-myNumberRegisteredOn-date", typed);
            waitUntil(() -> dateNote("fact-myNumberRegisteredOn-date").equals("2024年9月14日として扱います"));
        }
        typeDate("fact-birthDate", "S36.8.20");
        waitUntil(() -> dateNote("fact-birthDate").equals("1961年8月20日として扱います"));
        typeDate("fact-birthDate", "昭和36年8月20日");
        waitUntil(() -> dateNote("fact-birthDate").equals("1961年8月20日として扱います"));
        typeDate("fact-birthDate", "H31.4.30");
        waitUntil(() -> dateNote("fact-birthDate").equals("2019年4月30日として扱います"));
        typeDate("fact-birthDate", "平成元年1月8日");
        waitUntil(() -> dateNote("fact-birthDate").equals("1989年1月8日として扱います"));

        // registered before the reference date (2024-08-31): the verdict follows the new date
        typeDate("fact-myNumberRegisteredOn-date", "2024/8/20");
        assess();
        assertEquals("基準日時点で加入・マイナンバー登録済み", verdict("理由"));

        // not a date (nor a day that exists): a polite message beside the field, and nothing is assessed
        for (String junk : List.of("きのう", "2024/2/30")) {
            typeDate("fact-qualificationLostOn-date", junk + Keys.TAB);
            waitUntil(() -> dateNote("fact-qualificationLostOn-date").startsWith("日付として読み取れませんでした。"));
        }
        assertEquals(
                "日付として読み取れませんでした。「2024/9/14」「R6.9.14」「令和6年9月14日」のように入力してください。",
                dateNote("fact-qualificationLostOn-date"));
        driver.findElement(By.cssSelector("#facts button[type=submit]")).click();
        waitUntil(() -> !driver.findElements(By.cssSelector("#verdicts .error")).isEmpty());
        assertEquals(
                "日付を読み取れませんでした（資格喪失日）。入力内容をご確認ください。",
                driver.findElement(By.id("verdicts")).getText());
    }

    /**
     * Enter opens the item of the text as it is now: a 項番 in full-width digits, and a question typed and entered
     * at once, before its search has run; an Enter that only confirms an IME conversion opens nothing.
     */
    @Test
    void enterOpensTheItemOfTheTextAsTyped() throws Exception {
        logIn();
        waitUntil(
                () -> !driver.findElements(By.cssSelector("#categories button")).isEmpty());
        WebElement search = driver.findElement(By.id("q"));
        WebElement answer = driver.findElement(By.id("answer"));
        search.sendKeys("５－２", Keys.ENTER);
        waitUntil(() -> answer.getText().contains("項番 5-2"));

        search.clear();
        search.sendKeys("お知らせが家に届かない");
        waitUntil(() -> driver.findElements(By.cssSelector("#results li")).size() >= 3);
        search.clear();
        search.sendKeys("お知らせをなくしました", Keys.ENTER);
        waitUntil(() -> answer.getText().contains("項番 10-"));
        waitUntil(() -> List.of("10-1", "10-2").contains(firstHitId()));
        assertTrue(answer.getText().contains("項番 " + firstHitId()), answer.getText());

        // the Enter that confirms a conversion belongs to the IME, not to the console
        search.clear();
        search.sendKeys("お知らせが家に届かない");
        waitUntil(() -> !List.of("", "10-1", "10-2").contains(firstHitId()));
        driver.executeScript("document.getElementById('q').dispatchEvent(new KeyboardEvent('keydown',"
                + " {key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true}));");
        Thread.sleep(500);
        assertTrue(answer.getText().contains("項番 10-"), answer.getText());
    }

    /**
     * 「次の方」 (or Alt+N) leaves nothing of the caller before: search, hits, answer, facts, verdicts; the 判定日 is
     * today again and the search box has the focus.
     */
    @Test
    void nextCallerStartsFromNothing() {
        logIn();
        waitUntil(() -> !driver.findElements(By.id("fact-birthDate")).isEmpty());
        String today = driver.findElement(By.id("asOf")).getAttribute("value");
        for (Runnable next : List.<Runnable>of(
                () -> driver.findElement(By.id("next-caller")).click(),
                () -> driver.findElement(By.id("fact-birthDate")).sendKeys(Keys.chord(Keys.ALT, "n")))) {
            WebElement search = driver.findElement(By.id("q"));
            search.sendKeys("6-1", Keys.ENTER);
            waitUntil(() -> driver.findElement(By.id("answer")).getText().contains("項番 6-1"));
            new Select(driver.findElement(By.id("fact-scheme"))).selectByVisibleText("一般（在職）");
            typeDate("fact-myNumberRegisteredOn-date", "R6.9.14");
            typeDate("asOf", "2024/10/1");
            typeDate("fact-birthDate", "S36.8.20");
            assess();

            next.run();
            waitUntil(() -> driver.findElement(By.id("verdicts")).getText().isEmpty());
            assertEquals("", search.getAttribute("value"));
            assertTrue(driver.findElements(By.cssSelector("#results li")).isEmpty());
            assertFalse(driver.findElement(By.id("answer")).getText().contains("項番"));
            assertFalse(driver.findElement(By.id("copy")).isEnabled());
            @SuppressWarnings("unchecked")
            List<String> filled = (List<String>) driver.executeScript("return Array.from("
                    + "document.querySelectorAll('#facts .fields select, #facts .fields input, #facts .date-note'),"
                    + " function (e) { return e.value === undefined ? e.textContent : e.value; })"
                    + ".filter(function (v) { return v !== ''; });");
            assertEquals(List.of(), filled, "no fact of the caller before");
            assertEquals(today, driver.findElement(By.id("asOf")).getAttribute("value"));
            assertEquals("q", driver.switchTo().activeElement().getAttribute("id"));
        }
    }

    /** Verdicts that no longer match the facts say so, dimmed, until the agent assesses again. */
    @Test
    void verdictsAreMarkedOutdatedWhenAFactChanges() {
        logIn();
        waitUntil(() -> !driver.findElements(By.id("fact-scheme")).isEmpty());
        new Select(driver.findElement(By.id("fact-scheme"))).selectByVisibleText("一般（在職）");
        assess();
        WebElement verdicts = driver.findElement(By.id("verdicts"));
        assertTrue(driver.findElements(By.id("verdicts-outdated")).isEmpty(), "fresh verdicts are not marked");

        new Select(driver.findElement(By.id("fact-employer"))).selectByVisibleText("協栄年金ホーム");
        waitUntil(() -> !driver.findElements(By.id("verdicts-outdated")).isEmpty());
        assertEquals(
                "入力が変わりました。もう一度判定してください。",
                driver.findElement(By.id("verdicts-outdated")).getText());
        assertTrue(verdicts.getAttribute("class").contains("outdated"));
        assertTrue(Double.parseDouble(
                        driver.findElement(By.cssSelector("#verdicts table")).getCssValue("opacity"))
                < 1);

        assess();
        assertTrue(driver.findElements(By.id("verdicts-outdated")).isEmpty());
        assertFalse(verdicts.getAttribute("class").contains("outdated"));

        // a typed date is a change too
        typeDate("fact-birthDate", "S36.8.20");
        waitUntil(() -> !driver.findElements(By.id("verdicts-outdated")).isEmpty());
    }

    /**
     * Every label of the facts form is the server's ({@code GET /api/v1/facts}), in its order, and the console's
     * script holds none of them as a literal: they can only have come from the server.
     */
    @Test
    void anExpiredLoginKeepsTheCallersFactsAndSaysSo() {
        logIn();
        waitUntil(() -> !driver.findElements(By.id("fact-scheme")).isEmpty());
        new Select(driver.findElement(By.id("fact-scheme"))).selectByVisibleText("一般（在職）");
        // the session ends while the agent is on the phone
        driver.manage().deleteCookieNamed("kenpo-agent");
        driver.findElement(By.id("q")).sendKeys("お知らせをなくしました");
        waitUntil(() -> !driver.findElements(By.id("session-ended")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/agent"), driver.getCurrentUrl());
        assertTrue(!driver.getCurrentUrl().contains("login"), "the page stays: " + driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("session-ended")).getText().contains("ログインの有効期限が切れました"));
        assertEquals(
                "一般（在職）",
                new Select(driver.findElement(By.id("fact-scheme")))
                        .getFirstSelectedOption()
                        .getText());
    }

    /**
     * The agent says whether the caller was answered by the item the console showed: the word is recorded against
     * that /ask answer (channel AGENT), and it goes with a new search and with 「次の方」.
     */
    @Test
    void agentMarksWhetherTheCallerWasAnswered() {
        logIn();
        waitUntil(() -> !driver.findElements(By.id("fact-scheme")).isEmpty());
        // the answerId of each /ask answer the console receives
        driver.executeScript("window.__answerIds = []; var f = window.fetch; window.fetch = function (url) {"
                + " return f.apply(this, arguments).then(function (response) {"
                + " if (String(url).indexOf('/api/v1/ask') >= 0) {"
                + " response.clone().json().then(function (a) { window.__answerIds.push(a.answerId); }); }"
                + " return response; }); };");
        String question = "お知らせの送付先はどこですか";
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys(question);
        assess();
        waitUntil(() -> !driver.findElements(By.cssSelector("#resolved button")).isEmpty());
        String answerId = (String) driver.executeScript("return window.__answerIds[window.__answerIds.length - 1]");
        WebElement unsolved = driver.findElements(By.cssSelector("#resolved button")).stream()
                .filter(b -> b.getText().equals("解決しなかった"))
                .findFirst()
                .orElseThrow();
        assertTrue(driver.findElements(By.cssSelector("#resolved button")).stream()
                .anyMatch(b -> b.getText().equals("解決した")));
        unsolved.click();
        waitUntil(() -> driver.findElement(By.id("resolved-status")).getText().contains("記録しました"));
        assertTrue(driver.findElements(By.cssSelector("#resolved button")).isEmpty(), "marked once");

        java.util.Map<String, Object> recorded =
                jp.kenpo.faq.traffic.RecordedQuestions.awaitRecorded(answerId, r -> r.get("feedback") != null);
        assertEquals("AGENT", recorded.get("channel"));
        assertEquals(question, recorded.get("question"));
        assertEquals(false, ((java.util.Map<?, ?>) recorded.get("feedback")).get("helpful"));

        // a new search is another question: the buttons of the one before go
        assess();
        waitUntil(() -> !driver.findElements(By.cssSelector("#resolved button")).isEmpty());
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "お知らせをなくしました");
        waitUntil(() -> driver.findElements(By.id("resolved")).isEmpty());
        // and the next caller starts without them
        assess();
        waitUntil(() -> !driver.findElements(By.cssSelector("#resolved button")).isEmpty());
        driver.findElement(By.id("next-caller")).click();
        waitUntil(() -> driver.findElements(By.id("resolved")).isEmpty());
    }

    /**
     * Above the verdicts, one sentence the agent can read aloud: the first sentence, word for word, of the first
     * explanation that cites the item chosen for the caller's question, which is not the first explanation listed.
     */
    @Test
    void aSentenceToReadAloudComesAboveTheVerdicts() {
        logIn();
        waitUntil(() -> !driver.findElements(By.id("fact-scheme")).isEmpty());
        new Select(driver.findElement(By.id("fact-scheme"))).selectByVisibleText("一般（在職）");
        new Select(driver.findElement(By.id("fact-employer"))).selectByVisibleText("協栄年金ホーム");
        setDate("fact-qualificationAcquiredOn", "2008-04-01");
        new Select(driver.findElement(By.id("fact-qualificationLostOn"))).selectByVisibleText("加入中");
        new Select(driver.findElement(By.id("fact-myNumberRegisteredOn"))).selectByVisibleText("日付");
        setDate("fact-myNumberRegisteredOn-date", "2024-09-02");
        driver.findElement(By.id("q")).sendKeys("お知らせの送付先はどこですか");
        assess();
        waitUntil(() -> choiceText().contains("この方への回答：項番5-2"));
        waitUntil(() -> "5-2".equals(driver.findElement(By.id("read-aloud")).getAttribute("data-item")));

        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> explanations = (List<java.util.Map<String, Object>>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#verdicts .explanation'), function (e) {"
                        + " return { text: e.firstChild.textContent,"
                        + " ids: Array.from(e.querySelectorAll('.cite button'), function (b) { return b.textContent; }) };"
                        + " });");
        int cited = -1;
        for (int i = 0; i < explanations.size() && cited < 0; i++) {
            if (((List<?>) explanations.get(i).get("ids")).contains("5-2")) {
                cited = i;
            }
        }
        assertTrue(cited > 0, "the premise: the explanation of item 5-2 is not the first of " + explanations);
        String explanation = (String) explanations.get(cited).get("text");
        String firstSentence = explanation.substring(0, explanation.indexOf('。') + 1);

        WebElement readAloud = driver.findElement(By.id("read-aloud"));
        assertEquals(
                "読み上げ用", readAloud.findElement(By.className("read-aloud-label")).getText());
        String line = readAloud.findElement(By.className("read-aloud-text")).getText();
        assertEquals(firstSentence, line);
        assertEquals(1, line.chars().filter(c -> c == '。').count(), line);
        assertTrue(
                (Boolean) driver.executeScript(
                        "return (arguments[0].compareDocumentPosition("
                                + "document.querySelector('#verdicts table')) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
                        readAloud),
                "above the verdicts");
        // the full explanations stay below
        assertTrue(driver.findElement(By.id("verdicts")).getText().contains(explanation));
    }

    /** The login form's own checks speak Japanese, whatever the language of the agent's browser. */
    @Test
    void theLoginFormAsksForWhatIsMissingInJapanese() {
        driver.get(console.toString());
        waitUntil(() -> driver.getCurrentUrl().contains("/agent/login.html"));
        WebElement login = driver.findElement(By.cssSelector("form button[type=submit]"));
        login.click();
        assertEquals("ユーザー名を入力してください。", validationMessage("j_username"));
        driver.findElement(By.id("j_username")).sendKeys(AgentLogin.AGENT);
        login.click();
        assertEquals("", validationMessage("j_username"));
        assertEquals("パスワードを入力してください。", validationMessage("j_password"));
        assertTrue(driver.getCurrentUrl().contains("/agent/login.html"), "not sent: " + driver.getCurrentUrl());
        driver.findElement(By.id("j_password")).sendKeys(AgentLogin.AGENT_PASSWORD, Keys.ENTER);
        waitUntil(() -> !driver.findElements(By.id("q")).isEmpty());
    }

    private String validationMessage(String id) {
        return (String) driver.executeScript("return document.getElementById(arguments[0]).validationMessage;", id);
    }

    private void factFormIsTheServersTable() {
        waitUntil(() ->
                !driver.findElements(By.id("fact-elderlyCertificateRatio")).isEmpty());
        JsonPath described =
                given().get("/api/v1/facts").then().statusCode(200).extract().jsonPath();
        List<String> shown = driver.findElements(By.cssSelector("#facts .fields > div > label")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(described.getList("label"), shown);
        for (int i = 0; i < described.getList("key").size(); i++) {
            String key = described.getString("[" + i + "].key");
            List<String> values = new ArrayList<>(described.getList("[" + i + "].options.label", String.class));
            String nullMeans = described.getString("[" + i + "].nullMeans");
            if (described.getString("[" + i + "].kind").equals("DATE") && nullMeans == null) {
                assertTrue(
                        driver.findElement(By.id("fact-" + key))
                                .getAttribute("class")
                                .contains("date"),
                        key);
                continue;
            }
            if (nullMeans != null) {
                values.add(0, nullMeans);
            }
            List<String> offered = new Select(driver.findElement(By.id("fact-" + key)))
                    .getOptions().stream()
                            .map(WebElement::getText)
                            .filter(text -> !text.equals("未確認") && !text.equals("日付"))
                            .toList();
            assertEquals(values, offered, key);
        }
        String script = given().get("/agent/console.js")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> labels = new ArrayList<>(described.getList("label", String.class));
        labels.addAll(described.getList("options.label.flatten()", String.class));
        labels.addAll(described.getList("nullMeans.findAll { it != null }", String.class));
        assertFalse(labels.isEmpty());
        for (String label : labels) {
            assertFalse(
                    script.contains("'" + label + "'") || script.contains("\"" + label + "\""),
                    label + " is copied in console.js");
        }
    }

    @Test
    void loginPageAtPhoneWidth() throws Exception {
        driver.quit();
        driver = Browser.start(360, 740);
        driver.get(console.toString());
        waitUntil(() -> !driver.findElements(By.id("j_username")).isEmpty());
        assertTrue(Files.size(Browser.screenshot(driver, "agent-login-360x740")) > 5_000);
    }

    private void logIn() {
        driver.get(console.toString());
        waitUntil(() -> driver.getCurrentUrl().contains("/agent/login.html"));
        driver.findElement(By.id("j_username")).sendKeys(AgentLogin.AGENT);
        driver.findElement(By.id("j_password")).sendKeys(AgentLogin.AGENT_PASSWORD, Keys.ENTER);
        waitUntil(() -> !driver.findElements(By.id("q")).isEmpty());
    }

    /** The questions counted for a channel, every outcome together. */
    private static double questions(String channel) {
        return given().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(l -> l.startsWith("kenpo_questions_total{channel=\"" + channel + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The id of the first listed hit, or "" for none. */
    private String firstHitId() {
        return (String) driver.executeScript(
                "var id = document.querySelector('#results li .id'); return id ? id.textContent : '';");
    }

    /** The class of each listed hit, read in one script so that a redraw cannot leave a stale element. */
    @SuppressWarnings("unchecked")
    private List<String> hitClasses() {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#results li'), function (li) { return li.className; });");
    }

    /** The console's item-choice block, or "" while it is being redrawn. */
    private String choiceText() {
        try {
            return driver.findElements(By.id("choice")).stream()
                    .map(WebElement::getText)
                    .findFirst()
                    .orElse("");
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return "";
        }
    }

    /** Types a date as an agent would, over what the field held. */
    private void setDate(String id, String iso) {
        typeDate(id, iso);
    }

    private void typeDate(String id, CharSequence text) {
        WebElement field = driver.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    /** What the console says beside a date field about the date it read. */
    private String dateNote(String id) {
        return (String) driver.executeScript("return document.getElementById(arguments[0] + '-note').textContent;", id);
    }

    private String selected(String id) {
        return new Select(driver.findElement(By.id(id)))
                .getFirstSelectedOption()
                .getText();
    }

    /** Assesses the facts as they are and waits for the verdicts table of this assessment. */
    private void assess() {
        driver.executeScript("var shown = document.querySelector('#verdicts table');"
                + " if (shown) { shown.setAttribute('data-before', ''); }");
        driver.findElement(By.cssSelector("#facts button[type=submit]")).click();
        waitUntil(() -> !driver.findElements(By.cssSelector("#verdicts table:not([data-before])"))
                .isEmpty());
    }

    /** A verdict's value in the verdicts table, by its row's heading. */
    private String verdict(String heading) {
        return (String) driver.executeScript(
                "var heading = arguments[0];"
                        + " var th = Array.from(document.querySelectorAll('#verdicts th')).find(function (th) {"
                        + " return th.textContent === heading; });"
                        + " return th ? th.nextElementSibling.textContent : null;",
                heading);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
