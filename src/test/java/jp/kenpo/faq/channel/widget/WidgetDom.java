package jp.kenpo.faq.channel.widget;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The widget's conversation as its browser tests read it, inside its shadow root, on whatever page embeds it. */
final class WidgetDom {

    private static final By ANSWERED = By.cssSelector(".message.bot:not(.waiting)");

    private WidgetDom() {}

    static SearchContext shadow(WebDriver driver) {
        return driver.findElement(By.cssSelector("[data-kenpo-faq]")).getShadowRoot();
    }

    /** The widget's last message once it is an answer (not the waiting dots) containing the text. */
    static WebElement lastBotMessage(WebDriver driver, String containing) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> bots = shadow(driver).findElements(ANSWERED);
            return !bots.isEmpty() && bots.get(bots.size() - 1).getText().contains(containing);
        });
        List<WebElement> bots = shadow(driver).findElements(ANSWERED);
        return bots.get(bots.size() - 1);
    }
}
