package jp.kenpo.faq.channel.widget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import jp.kenpo.faq.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The widget on its demo page, in real headless Chromium, as a member uses it. */
@QuarkusTest
class WidgetBrowserTest {

    @TestHTTPResource("/")
    URL demo;

    private ChromeDriver driver;

    @BeforeEach
    void openDemoPage() {
        driver = Browser.start(1280, 800);
        driver.get(demo.toString());
        driver.executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
        waitUntil(() -> widget() != null);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void asksAQuestionAndSeesTheAnswerWithItsItemAndCategory() throws Exception {
        openPanel();
        ask("お知らせをなくしてしまいました");
        WebElement answer = lastBotMessage("項番 10-");
        assertTrue(answer.getText().contains("「資格情報のお知らせ」の紛失再交付に関するQA"), answer.getText());
        assertTrue(answer.getText().contains("再交付"), answer.getText());
        assertTrue(Files.size(Browser.screenshot(driver, "widget-desktop-1280x800")) > 10_000);
    }

    @Test
    void picksASuggestion() {
        String question = "お知らせ 再発行";
        String outcome = outcomeOf(question);
        assertEquals("SUGGEST", outcome, "precondition: this question is ambiguous");
        openPanel();
        ask(question);
        WebElement answer = lastBotMessage("ほかに、こちらのご質問もございます");
        List<WebElement> choices = answer.findElements(By.cssSelector("button.choice"));
        assertFalse(choices.isEmpty());
        String chosen = choices.get(0).getText();
        String chosenId = chosen.substring(1, chosen.indexOf('】'));
        choices.get(0).click();
        assertTrue(lastBotMessage("項番 " + chosenId).getText().contains("項番 " + chosenId));
    }

    @Test
    void aSuggestionIsAskedByItsItemIdNotItsText() {
        openPanel();
        ask("お知らせ 再発行");
        WebElement answer = lastBotMessage("ほかに、こちらのご質問もございます");
        driver.executeScript(
                "window.__asked = []; var f = window.fetch;"
                        + "window.fetch = function (url, options) { window.__asked.push(options && options.body); return f.apply(this, arguments); };");
        WebElement choice = answer.findElements(By.cssSelector("button.choice")).get(0);
        String chosenId = choice.getText().substring(1, choice.getText().indexOf('】'));
        choice.click();
        lastBotMessage("項番 " + chosenId);
        String body = (String) driver.executeScript("return window.__asked[window.__asked.length - 1]");
        assertTrue(body.contains("\"itemId\":\"" + chosenId + "\""), body);
        assertFalse(body.contains("\"question\""), body);
    }

    @Test
    void theOldCardAnswerSaysTheCurrentStateFirstWithTheFaqsDate() {
        openPanel();
        ask("今の健康保険証はいつまで使えますか");
        WebElement answer = lastBotMessage("2024年9月13日作成");
        String text = answer.getText();
        assertTrue(text.indexOf("現在のご案内") >= 0 && text.indexOf("現在のご案内") < text.indexOf("項番 "), text);
    }

    @Test
    void dontKnowIsAnsweredWithWhatIsUnknownAndTheContactDesk() {
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        WebElement first = lastBotMessage("ご加入の制度");
        button(first, "わからない").click();
        WebElement answer = lastBotMessage("03-5954-7191");
        assertTrue(answer.getText().contains("「加入制度」がご不明"), answer.getText());
    }

    @Test
    void answersAFollowUpQuestionWithItsButtons() {
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        WebElement first = lastBotMessage("ご加入の制度");
        button(first, "任意継続の方とご家族").click();
        WebElement second = lastBotMessage("加入されたのはいつ");
        assertTrue(second.getText().contains("2024年9月14日以前"), second.getText());
        assertTrue(button(first, "任意継続の方とご家族").getAttribute("disabled") != null, "old buttons no longer act");
    }

    @Test
    void noMatchShowsTheContactDesk() {
        openPanel();
        ask("今日のドル円の為替レートは？");
        WebElement answer = lastBotMessage("03-5954-7191");
        assertTrue(answer.getText().contains("gk@gib-kenpo.or.jp"));
    }

    @Test
    void worksByKeyboardAndEscapeReturnsFocus() {
        WebElement launcher = shadow().findElement(By.cssSelector(".launcher"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        for (int i = 0; i < 5 && !launcher.equals(activeInShadow()); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals(launcher, activeInShadow(), "the launcher is reachable by Tab");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertEquals("true", launcher.getAttribute("aria-expanded"));
        assertEquals("input", activeInShadow().getTagName(), "focus moves into the chat");
        new Actions(driver).sendKeys("お知らせはどこに届きますか").sendKeys(Keys.ENTER).perform();
        lastBotMessage("項番 6-");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertEquals("false", launcher.getAttribute("aria-expanded"));
        assertEquals(launcher, activeInShadow(), "Esc returns focus to the launcher");
        WebElement log = shadow().findElement(By.cssSelector("[role=log]"));
        assertEquals("polite", log.getAttribute("aria-live"));
    }

    @Test
    void keepsTheConversationAcrossAReloadAndResets() {
        openPanel();
        ask("お知らせをなくしてしまいました");
        lastBotMessage("項番 10-");
        driver.navigate().refresh();
        waitUntil(() -> widget() != null
                && shadow().findElements(By.cssSelector(".message.user")).size() == 1);
        assertTrue(
                shadow().findElement(By.cssSelector(".message.user")).getText().contains("なくして"));
        shadow().findElement(By.cssSelector(".reset")).click();
        waitUntil(() -> shadow().findElements(By.cssSelector(".message.user")).isEmpty());
    }

    @Test
    void startingOverForgetsTheFollowUpAnswersAlsoAfterAReload() {
        String question = "お知らせが届かないのはなぜですか";
        openPanel();
        ask(question);
        button(lastBotMessage("ご加入の制度"), "任意継続の方とご家族").click();
        lastBotMessage("加入されたのはいつ");
        String followUp = followUpOf(nextBotMessage(() -> ask(question)));
        assertTrue(followUp.contains("加入されたのはいつ"), "the answer applies to the next question: " + followUp);
        startOver();
        followUp = followUpOf(nextBotMessage(() -> ask(question)));
        assertTrue(followUp.contains("ご加入の制度"), "a new conversation asks again: " + followUp);
        driver.navigate().refresh();
        waitUntil(() -> widget() != null
                && shadow().findElement(By.cssSelector(".panel")).isDisplayed());
        followUp = followUpOf(nextBotMessage(() -> ask(question)));
        assertTrue(followUp.contains("ご加入の制度"), "the stored conversation forgot it too: " + followUp);
    }

    @Test
    void startingOverKeepsTheLoggedInMembersFacts() {
        driver.findElement(By.id("portal-login")).click();
        openPanel();
        startOver();
        ask("家にお知らせが届いていないんだけど");
        WebElement answer = lastBotMessage("お伺いした内容にもとづくご案内");
        assertTrue(answer.getText().contains("事業所経由でお受け取りください"), answer.getText());
    }

    @Test
    void answerTextIsNeverHtmlAndLinksOpenSafely() {
        openPanel();
        // markup the FAQ never uses lowers confidence: the question around it must be a full one to be answered
        ask("<img src=x onerror=\"window.injected=1\">マイナ保険証の利用申込はマイナポータルでできますか");
        WebElement answer = lastBotMessage("項番 1-3");
        assertTrue(shadow().findElements(By.cssSelector("img")).isEmpty(), "no element from the question");
        assertTrue(
                shadow().findElement(By.cssSelector(".message.user")).getText().contains("<img"));
        assertEquals(null, driver.executeScript("return window.injected === undefined ? null : window.injected"));
        WebElement link =
                answer.findElement(By.cssSelector("a[href='https://myna.go.jp/html/hokenshoriyou_top.html']"));
        assertEquals("_blank", link.getAttribute("target"));
        assertEquals("noopener noreferrer", link.getAttribute("rel"));
        assertEquals(
                List.of("KenpoFaq"),
                driver.executeScript("return Object.keys(window).filter(function (k) { return /kenpo/i.test(k); })"));
    }

    @Test
    void memberPortalFactsPersonaliseTheAnswer() {
        driver.findElement(By.id("portal-login")).click();
        openPanel();
        ask("家にお知らせが届いていないんだけど");
        WebElement answer = lastBotMessage("お伺いした内容にもとづくご案内");
        assertTrue(answer.getText().contains("項番 6-"), answer.getText());
        assertTrue(answer.getText().contains("事業所経由でお受け取りください"), answer.getText());
    }

    @Test
    void badFactsFromTheHostPageStillGetTheAnswerWithANote() {
        driver.executeScript("KenpoFaq.setMember({scheme: 'REGULAR', birthDate: '1970/06/30'})");
        openPanel();
        // the question is answered without the host's facts: the scheme it gave is asked for
        WebElement first = nextBotMessage(() -> ask("お知らせが届かないのはなぜですか"));
        assertTrue(first.getText().contains("ご登録情報に不備があるため"), first.getText());
        assertTrue(followUpOf(first).contains("ご加入の制度"), first.getText());
        // the member's answer is kept when the host's facts are left out again
        WebElement second = nextBotMessage(() -> button(first, "任意継続の方とご家族").click());
        assertTrue(second.getText().contains("ご登録情報に不備があるため"), second.getText());
        assertTrue(followUpOf(second).contains("加入されたのはいつ"), second.getText());
        String conversation = shadow().findElement(By.cssSelector(".log")).getText();
        assertFalse(conversation.contains("500文字"), conversation);
        assertFalse(conversation.contains("1970/06/30"), "the bad value is never shown");
    }

    @Test
    void aTooLongQuestionIsToldTheLimit() {
        openPanel();
        // 504 characters: the input's maxlength stops a member typing them, a host page's KenpoFaq.ask does not
        driver.executeScript("KenpoFaq.ask('お知らせ'.repeat(126))");
        WebElement answer = lastBotMessage("500文字以内");
        assertFalse(answer.getText().contains("ご登録情報"), answer.getText());
    }

    @Test
    void fitsAPhoneScreen() throws Exception {
        driver.quit();
        driver = Browser.start(360, 740);
        driver.get(demo.toString());
        waitUntil(() -> widget() != null);
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        lastBotMessage("ご加入の制度");
        WebElement panel = shadow().findElement(By.cssSelector(".panel"));
        long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
        assertTrue(
                panel.getRect().getX() >= 0
                        && panel.getRect().getX() + panel.getRect().getWidth() <= viewport,
                "panel within " + viewport + "px: " + panel.getRect());
        assertTrue(Files.size(Browser.screenshot(driver, "widget-mobile-360x740")) > 10_000);
    }

    @Test
    void textIsLargeAndButtonsAreEasyToTapOnAPhone() {
        onAPhone();
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        WebElement answer = lastBotMessage("ご加入の制度");
        assertAtLeast(16, px(answer.findElement(By.cssSelector("p")), "font-size"), "answer text");
        assertAtLeast(16, px(answer.findElement(By.cssSelector("button.choice")), "font-size"), "choices");
        assertAtLeast(16, px(shadow().findElement(By.cssSelector("input")), "font-size"), "input");
        for (String target : List.of(".launcher", ".reset", ".close", ".send")) {
            WebElement button = shadow().findElement(By.cssSelector(target));
            assertAtLeast(44, button.getRect().getWidth(), target + " width");
            assertAtLeast(44, button.getRect().getHeight(), target + " height");
        }
    }

    @Test
    void textFollowsThePagesRootFontSizeButNeverShrinksBelowTheBrowsers() {
        openPanel();
        ask("お知らせをなくしてしまいました");
        WebElement answer = lastBotMessage("項番 10-");
        double usual = px(answer.findElement(By.cssSelector("p")), "font-size");
        driver.executeScript("document.documentElement.style.fontSize = '20px'");
        assertAtLeast(20, px(answer.findElement(By.cssSelector("p")), "font-size"), "a larger root font");
        assertAtLeast(20, px(shadow().findElement(By.cssSelector(".launcher")), "font-size"), "launcher");
        // the common 62.5% reset of host pages must not make the member's text small
        driver.executeScript("document.documentElement.style.fontSize = '62.5%'");
        assertAtLeast(usual, px(answer.findElement(By.cssSelector("p")), "font-size"), "a smaller root font");
    }

    @Test
    void theContactDeskIsCalledOrWrittenToWithATap() {
        String question = "昨日のプロ野球の試合結果は？";
        String outcome = outcomeOf(question);
        assertEquals("NO_MATCH", outcome, "precondition: the FAQ does not answer this");
        openPanel();
        ask(question);
        WebElement desk = lastBotMessage("03-5954-7191").findElement(By.cssSelector(".contact"));
        assertEquals(
                "03-5954-7191",
                desk.findElement(By.cssSelector("a[href='tel:0359547191']")).getText());
        assertEquals(
                "gk@gib-kenpo.or.jp",
                desk.findElement(By.cssSelector("a[href='mailto:gk@gib-kenpo.or.jp']"))
                        .getText());
        assertTrue(desk.getText().contains("平日9：00-11：00"), "the rest stays text: " + desk.getText());
    }

    @Test
    void typingBeyond500CharactersSaysWhatWasLeftOut() {
        openPanel();
        WebElement input = shadow().findElement(By.cssSelector("input"));
        input.sendKeys("お知らせ".repeat(126));
        assertEquals(500L, driver.executeScript("return arguments[0].value.length", input));
        WebElement note = shadow().findElement(By.cssSelector(".input-note"));
        assertTrue(note.isDisplayed());
        assertEquals("ご質問は500文字までです。500文字を超えた部分は入力されませんでした。", note.getText());
        WebElement answer = nextBotMessage(() -> input.sendKeys(Keys.ENTER));
        assertFalse(answer.getText().contains("500文字以内"), "the 500 characters are sent: " + answer.getText());
        assertFalse(note.isDisplayed(), "the note goes with the question");
    }

    @Test
    void theLauncherIsNamedByTheTextItShows() {
        WebElement launcher = shadow().findElement(By.cssSelector(".launcher"));
        assertFalse(launcher.getText().isBlank());
        assertTrue(
                launcher.getAccessibleName().contains(launcher.getText()),
                launcher.getAccessibleName() + " / " + launcher.getText());
        onAPhone();
        launcher = shadow().findElement(By.cssSelector(".launcher"));
        assertFalse(launcher.getText().isBlank(), "a phone shows what the button is for too");
        assertTrue(launcher.getAccessibleName().contains(launcher.getText()), launcher.getAccessibleName());
    }

    @Test
    void thePanelHeaderIsNotASecondBanner() {
        openPanel();
        assertEquals(
                0L,
                driver.executeScript("return document.querySelector('[data-kenpo-faq]').shadowRoot"
                        + ".querySelectorAll('header, [role=banner]').length"));
        assertEquals(
                "資格情報のお知らせ FAQ",
                shadow().findElement(By.cssSelector(".panel h2")).getText());
    }

    @Test
    void genericRulesOfTheHostPageDoNotHideIt() {
        driver.executeScript("var style = document.createElement('style');"
                + "style.textContent = 'div:empty { display: none !important } :not(:defined) { display: none !important }';"
                + "document.head.appendChild(style);");
        WebElement launcher = shadow().findElement(By.cssSelector(".launcher"));
        assertTrue(launcher.isDisplayed(), "the launcher is shown");
        openPanel();
        ask("お知らせをなくしてしまいました");
        assertTrue(lastBotMessage("項番 10-").isDisplayed());
    }

    @Test
    void aQuestionTypedWhileAnAnswerIsPendingIsAskedAfterIt() {
        openPanel();
        slowAnswers(1500);
        ask("お知らせをなくしてしまいました");
        WebElement input = shadow().findElement(By.cssSelector("input"));
        input.sendKeys("お知らせはどこに届きますか");
        input.sendKeys(Keys.ENTER);
        WebElement note = shadow().findElement(By.cssSelector(".input-note"));
        assertTrue(note.isDisplayed() && note.getText().contains("前のご質問"), "the member is told it waits");
        assertEquals("お知らせはどこに届きますか", input.getAttribute("value"), "the typed text is kept");
        lastBotMessage("項番 6-");
        List<WebElement> users = shadow().findElements(By.cssSelector(".message.user"));
        assertEquals(2, users.size());
        assertTrue(users.get(1).getText().contains("どこに届きますか"), users.get(1).getText());
        List<WebElement> bots = botMessages();
        assertTrue(bots.get(bots.size() - 2).getText().contains("項番 10-"), "the first is answered first");
        assertFalse(note.isDisplayed(), "the note goes when the question is sent");
    }

    @Test
    void aHostPagesQuestionWhileAnAnswerIsPendingIsAskedAfterIt() {
        openPanel();
        slowAnswers(1500);
        ask("お知らせをなくしてしまいました");
        driver.executeScript("KenpoFaq.ask('お知らせはどこに届きますか')");
        lastBotMessage("項番 6-");
        List<WebElement> users = shadow().findElements(By.cssSelector(".message.user"));
        assertEquals(2, users.size());
        assertTrue(users.get(1).getText().contains("どこに届きますか"), users.get(1).getText());
        List<WebElement> bots = botMessages();
        assertTrue(bots.get(bots.size() - 2).getText().contains("項番 10-"), "the first is answered first");
    }

    /** A second call replaces the host's question still waiting; a double click does not ask the same thing twice. */
    @Test
    void theHostPagesLatestQuestionWinsAndADoubleClickAsksOnce() throws Exception {
        openPanel();
        slowAnswers(1500);
        driver.executeScript("KenpoFaq.ask('お知らせをなくしてしまいました');"
                + " KenpoFaq.ask('お知らせをなくしてしまいました');"
                + " KenpoFaq.ask('今日のドル円の為替レートは？');"
                + " KenpoFaq.ask('お知らせはどこに届きますか')");
        lastBotMessage("項番 6-");
        Thread.sleep(2000);
        List<String> asked = shadow().findElements(By.cssSelector(".message.user")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of("お知らせをなくしてしまいました", "お知らせはどこに届きますか"), asked);
    }

    /** Typed and host questions that wait are asked in the order they came, one answer at a time. */
    @Test
    void typedAndHostQuestionsWaitInTheOrderTheyCame() {
        openPanel();
        slowAnswers(1000);
        ask("お知らせをなくしてしまいました");
        driver.executeScript("KenpoFaq.ask('お知らせはどこに届きますか')");
        ask("今日のドル円の為替レートは？");
        // the greeting and three answers
        waitUntil(() -> botMessages().size() == 4);
        List<String> asked = shadow().findElements(By.cssSelector(".message.user")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of("お知らせをなくしてしまいました", "お知らせはどこに届きますか", "今日のドル円の為替レートは？"), asked);
        List<WebElement> bots = botMessages();
        assertTrue(
                bots.get(bots.size() - 2).getText().contains("項番 6-"),
                bots.get(bots.size() - 2).getText());
    }

    @Test
    void startingOverDropsTheHostPagesWaitingQuestion() throws Exception {
        openPanel();
        slowAnswers(1500);
        ask("お知らせをなくしてしまいました");
        driver.executeScript("KenpoFaq.ask('お知らせはどこに届きますか')");
        startOver();
        Thread.sleep(3500);
        String conversation = shadow().findElement(By.cssSelector(".log")).getText();
        assertTrue(shadow().findElements(By.cssSelector(".message.user")).isEmpty(), conversation);
        assertFalse(conversation.contains("項番"), conversation);
        ask("今日のドル円の為替レートは？");
        lastBotMessage("03-5954-7191");
        assertEquals(1, shadow().findElements(By.cssSelector(".message.user")).size());
    }

    @Test
    void anAnswerArrivingAfterStartingOverStaysOutOfTheNewConversation() throws Exception {
        openPanel();
        slowAnswers(1500);
        ask("お知らせをなくしてしまいました");
        startOver();
        Thread.sleep(2500);
        String conversation = shadow().findElement(By.cssSelector(".log")).getText();
        assertFalse(conversation.contains("項番 10-"), conversation);
        assertTrue(shadow().findElements(By.cssSelector(".message.user")).isEmpty());
        ask("お知らせはどこに届きますか");
        lastBotMessage("項番 6-");
    }

    @Test
    void escapeStillClosesThePanelAfterPressingAChoice() {
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        button(lastBotMessage("ご加入の制度"), "任意継続の方とご家族").click();
        lastBotMessage("加入されたのはいつ");
        WebElement focused = activeInShadow();
        assertTrue(focused != null, "focus stays inside the widget");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        WebElement launcher = shadow().findElement(By.cssSelector(".launcher"));
        assertEquals("false", launcher.getAttribute("aria-expanded"));
        assertEquals(launcher, activeInShadow());
    }

    @Test
    void aNewAnswerOpensAtItsStart() {
        onAPhone();
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        WebElement answer = lastBotMessage("ご加入の制度");
        WebElement log = shadow().findElement(By.cssSelector(".log"));
        assertTrue(
                answer.getRect().getHeight() > log.getRect().getHeight(),
                "precondition: the answer is taller than the log");
        double top = ((Number) driver.executeScript(
                        "return arguments[0].getBoundingClientRect().top - arguments[1].getBoundingClientRect().top",
                        answer,
                        log))
                .doubleValue();
        assertTrue(top >= 0 && top < 40, "the answer's start is at the top of the log: " + top);
    }

    @Test
    void answeringAFollowUpShowsWhatChangesNotTheFaqTextAgain() {
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        WebElement first = lastBotMessage("ご加入の制度");
        String faqQuestion = first.findElement(By.cssSelector(".question")).getText();
        WebElement second = nextBotMessage(() -> button(first, "任意継続の方とご家族").click());
        assertTrue(followUpOf(second).contains("加入されたのはいつ"), second.getText());
        assertFalse(second.getText().contains(faqQuestion), second.getText());
        assertTrue(second.getText().length() < first.getText().length() / 2, second.getText());
        WebElement last = second;
        // the answer's own choices, not the buttons that change an earlier answer
        By nextChoices = By.cssSelector(":scope > .choices button.choice");
        for (int step = 0; step < 5 && !last.findElements(nextChoices).isEmpty(); step++) {
            WebElement current = last;
            last = nextBotMessage(() -> current.findElements(nextChoices).get(0).click());
            assertFalse(last.getText().contains(faqQuestion), last.getText());
        }
        assertTrue(last.getText().contains("お伺いした内容にもとづくご案内"), "the verdict: " + last.getText());
        assertTrue(last.getText().contains("ほかにご質問がございましたら"), "a next step: " + last.getText());
    }

    @Test
    void showsTheAnswersSoFarAndOneCanBeChanged() {
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        button(lastBotMessage("ご加入の制度"), "任意継続の方とご家族").click();
        WebElement second = lastBotMessage("加入されたのはいつ");
        WebElement answered = second.findElement(By.cssSelector(".answered"));
        assertTrue(answered.getText().contains("お伺いした内容"), answered.getText());
        assertTrue(answered.getText().contains("ご加入の制度：任意継続の方とご家族"), answered.getText());
        WebElement third = nextBotMessage(
                () -> answered.findElement(By.cssSelector("button.choice")).click());
        assertTrue(followUpOf(third).contains("ご加入の制度"), "the question comes back: " + third.getText());
        assertTrue(third.findElements(By.cssSelector(".answered")).isEmpty(), third.getText());
        startOver();
        ask("お知らせが届かないのはなぜですか");
        assertTrue(lastBotMessage("ご加入の制度")
                .findElements(By.cssSelector(".answered"))
                .isEmpty());
    }

    /**
     * Under an answer that shows an FAQ item the member is asked whether it helped, with two buttons a finger hits on
     * a phone; いいえ is recorded against that answer's id (channel WIDGET), and the buttons give way to thanks.
     */
    @Test
    void tellsWhetherTheAnswerHelpedAndTheWordIsRecorded() {
        String question = "お知らせをなくしてしまいました";
        assertEquals("ANSWER", outcomeOf(question), "precondition: the FAQ answers this");
        onAPhone();
        openPanel();
        ask(question);
        WebElement answer = lastBotMessage("項番 10-");
        WebElement asking = answer.findElement(By.cssSelector(".feedback"));
        assertTrue(asking.getText().contains("この回答は役に立ちましたか？"), asking.getText());
        assertEquals("この回答は役に立ちましたか？", asking.getAccessibleName());
        List<WebElement> buttons = asking.findElements(By.cssSelector("button"));
        assertEquals(
                List.of("はい", "いいえ"),
                buttons.stream().map(WebElement::getAccessibleName).toList());
        for (WebElement button : buttons) {
            assertAtLeast(44, button.getRect().getWidth(), button.getText() + " width");
            assertAtLeast(44, button.getRect().getHeight(), button.getText() + " height");
            assertAtLeast(16, px(button, "font-size"), button.getText() + " text");
        }
        String answerId = lastAnswerId();

        buttons.get(1).click();
        waitUntil(
                () -> shadow().findElements(By.cssSelector(".feedback button")).isEmpty());
        WebElement thanks = lastBotMessage("ご回答ありがとうございます。").findElement(By.cssSelector(".feedback"));
        assertTrue(thanks.getText().startsWith("ご回答ありがとうございます。"), thanks.getText());
        // the conversation had not shown the desk yet: it is fetched, so that 下記 points at it
        assertTrue(thanks.findElement(By.cssSelector(".contact")).getText().contains("03-5954-7191"), thanks.getText());

        java.util.Map<String, Object> recorded =
                jp.kenpo.faq.traffic.RecordedQuestions.awaitRecorded(answerId, r -> r.get("feedback") != null);
        assertEquals("WIDGET", recorded.get("channel"));
        assertEquals(question, recorded.get("question"));
        assertEquals(false, ((java.util.Map<?, ?>) recorded.get("feedback")).get("helpful"));
    }

    /** はい is thanked, and the thanks (not the question again) is what a reload shows. */
    @Test
    void aHelpfulAnswerIsThankedAndNotAskedAgainAfterAReload() {
        openPanel();
        ask("お知らせをなくしてしまいました");
        WebElement answer = lastBotMessage("この回答は役に立ちましたか？");
        answer.findElements(By.cssSelector(".feedback button")).get(0).click();
        lastBotMessage("ご回答ありがとうございます。");
        assertFalse(lastBotMessage("ご回答ありがとうございます。").getText().contains("お問い合わせ"));
        driver.navigate().refresh();
        waitUntil(() -> widget() != null
                && shadow().findElement(By.cssSelector(".panel")).isDisplayed());
        WebElement shown = lastBotMessage("ご回答ありがとうございます。");
        assertTrue(shown.findElements(By.cssSelector(".feedback button")).isEmpty(), shown.getText());
    }

    /**
     * Not asked while a follow-up question waits for the member's tap (one question at a time), nor under a no-match
     * answer (it shows the contact desk); after いいえ the desk the conversation has seen is shown again.
     */
    @Test
    void notAskedWhileAFollowUpWaitsNorForNoMatchAndUnhelpedShowsTheDesk() {
        openPanel();
        ask("お知らせが届かないのはなぜですか");
        WebElement followingUp = lastBotMessage("ご加入の制度");
        assertTrue(followingUp.findElements(By.cssSelector(".feedback")).isEmpty(), followingUp.getText());
        ask("今日のドル円の為替レートは？");
        WebElement noMatch = lastBotMessage("03-5954-7191");
        assertTrue(noMatch.findElements(By.cssSelector(".feedback")).isEmpty(), noMatch.getText());
        ask("お知らせをなくしてしまいました");
        WebElement answer = lastBotMessage("この回答は役に立ちましたか？");
        answer.findElements(By.cssSelector(".feedback button")).get(1).click();
        WebElement unhelped = lastBotMessage("解決しない場合は下記までお問い合わせください。");
        assertTrue(unhelped.findElement(By.cssSelector(".feedback .contact"))
                .getText()
                .contains("03-5954-7191"));
    }

    /** The answerId of the newest answer, from the conversation the widget keeps in sessionStorage. */
    private String lastAnswerId() {
        return (String) driver.executeScript(
                "var entries = JSON.parse(sessionStorage.getItem('kenpo-faq:conversation')).entries;"
                        + " for (var i = entries.length - 1; i >= 0; i--) { if (entries[i].answer) { return entries[i].answer.answerId; } }"
                        + " return null;");
    }

    /** The API answers after a delay, as on a slow phone line. */
    private void slowAnswers(int millis) {
        driver.executeScript("var f = window.fetch; window.fetch = function () { var self = this, args = arguments;"
                + " return new Promise(function (done) { setTimeout(done, " + millis + "); })"
                + ".then(function () { return f.apply(self, args); }); };");
    }

    private void onAPhone() {
        driver.quit();
        driver = Browser.start(360, 740);
        driver.get(demo.toString());
        waitUntil(() -> widget() != null);
    }

    private static double px(WebElement element, String property) {
        return Double.parseDouble(element.getCssValue(property).replace("px", ""));
    }

    private static void assertAtLeast(double expected, double actual, String what) {
        assertTrue(actual >= expected, what + ": " + actual + " < " + expected);
    }

    private void openPanel() {
        shadow().findElement(By.cssSelector(".launcher")).click();
        waitUntil(() -> shadow().findElement(By.cssSelector(".panel")).isDisplayed());
    }

    private void ask(String question) {
        WebElement input = shadow().findElement(By.cssSelector("input"));
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
    }

    private WebElement lastBotMessage(String containing) {
        return WidgetDom.lastBotMessage(driver, containing);
    }

    private void startOver() {
        shadow().findElement(By.cssSelector(".reset")).click();
        waitUntil(() -> shadow().findElements(By.cssSelector(".message.user")).isEmpty());
    }

    /** @return the bot's answer to what the action asks */
    private WebElement nextBotMessage(Runnable action) {
        int before = botMessages().size();
        action.run();
        waitUntil(() -> botMessages().size() > before);
        return botMessages().get(botMessages().size() - 1);
    }

    private static String followUpOf(WebElement answer) {
        return answer.findElement(By.cssSelector(".follow-up")).getText();
    }

    private List<WebElement> botMessages() {
        return shadow().findElements(By.cssSelector(".message.bot:not(.waiting)"));
    }

    private static WebElement button(WebElement message, String label) {
        return message.findElements(By.cssSelector("button.choice")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private WebElement widget() {
        List<WebElement> hosts = driver.findElements(By.cssSelector("[data-kenpo-faq]"));
        return hosts.isEmpty() ? null : hosts.get(0);
    }

    private SearchContext shadow() {
        return widget().getShadowRoot();
    }

    private WebElement activeInShadow() {
        return (WebElement) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('[data-kenpo-faq]').shadowRoot.activeElement");
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    /** What the API decides for a question, to state a test's precondition. */
    private static String outcomeOf(String question) {
        return given().contentType(ContentType.JSON)
                .body(java.util.Map.of("question", question))
                .post("/api/v1/ask")
                .then()
                .extract()
                .path("outcome");
    }
}
