package jp.kenpo.faq.channel.widget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.faq.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget embedded as host pages embed it: the one script tag on a page of another origin (127.0.0.1 on a port of
 * its own, while the service is at localhost). The loader fetches the versioned code from its own server, with the
 * tag's options, and the calls the page makes before the code has arrived are not lost.
 */
@QuarkusTest
class WidgetEmbeddedBrowserTest {

    @TestHTTPResource("/widget.js")
    URL loader;

    private HttpServer hostSite;
    private ChromeDriver driver;

    @BeforeEach
    void startHostSite() throws IOException {
        String page = """
                <!DOCTYPE html>
                <html lang="ja">
                <head><meta charset="UTF-8"><title>健康保険組合のサイト</title></head>
                <body>
                <p>組合のお知らせ</p>
                <script>
                  // as a member portal might: before the widget's code can have arrived
                  document.addEventListener('DOMContentLoaded', function () {
                    window.KenpoFaq.ask('お知らせをなくしてしまいました');
                  });
                </script>
                <script src="%s" defer data-title="組合サイトのチャット"></script>
                </body>
                </html>
                """.formatted(loader);
        hostSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hostSite.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        hostSite.start();
        driver = Browser.start(1280, 800);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        hostSite.stop(0);
    }

    @Test
    void worksOnAnotherOriginsPageWithItsOptionsAndEarlyCalls() {
        open();
        WebElement answer = lastBotMessage("項番 10-");
        assertTrue(answer.isDisplayed());
        assertEquals(
                "組合サイトのチャット", shadow().findElement(By.cssSelector(".panel h2")).getText());
        assertTrue(
                scriptsLoaded().stream().anyMatch(url -> url.matches(".*/widget/[0-9a-f]{16}\\.js")),
                "the code comes from its versioned URL: " + scriptsLoaded());
    }

    /** A replica still on the previous release answers 404 for the new version: the loader falls back. */
    @Test
    void worksWhenTheVersionedCodeCannotBeHad() {
        driver.executeCdpCommand("Network.enable", Map.of());
        String named = given().get("/widget.js").then().extract().asString();
        Matcher version = Pattern.compile("widget/[0-9a-f]{16}\\.js").matcher(named);
        assertTrue(version.find(), named);
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/" + version.group())));
        open();
        lastBotMessage("項番 10-");
        assertTrue(
                scriptsLoaded().stream().anyMatch(url -> url.endsWith("/widget/current.js")),
                "the fallback was used: " + scriptsLoaded());
    }

    private void open() {
        driver.get("http://127.0.0.1:" + hostSite.getAddress().getPort() + "/");
        waitUntil(() -> !driver.findElements(By.cssSelector("[data-kenpo-faq]")).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private List<String> scriptsLoaded() {
        return (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.initiatorType === 'script'; })"
                + ".map(function (e) { return e.name; })");
    }

    private WebElement lastBotMessage(String containing) {
        return WidgetDom.lastBotMessage(driver, containing);
    }

    private SearchContext shadow() {
        return WidgetDom.shadow(driver);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
