package jp.kenpo.faq.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver. Under CI (CI=true) a missing browser fails the
 * test — .ci/run installs it; elsewhere the browser tests are skipped when it is not installed.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static final String MISSING =
            "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
    private static boolean warned;

    private Browser() {}

    /** A skipped browser test says why on the console, not only in the XML reports: BUILD SUCCESS hides it. */
    private static synchronized void warnOnce() {
        if (!warned) {
            warned = true;
            System.err.println("\n*** BROWSER TESTS SKIPPED: " + MISSING + ". The widget and the console are not tested"
                    + " in a browser in this run (under CI=true a missing browser fails the build). ***\n");
        }
    }

    public static ChromeDriver start(int width, int height) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && !"true".equals(System.getenv("CI"))) {
            warnOnce();
            Assumptions.abort(MISSING);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=ja-JP",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        // the viewport itself, not the window around it, is what a screenshot shows
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        return driver;
    }

    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the page is wider than the window: a reader would have to scroll sideways. */
    public static boolean overflowsHorizontally(ChromeDriver driver) {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** The elements reaching past the right edge of the page (tables in a .scroll box aside), for a failure. */
    public static Object tooWide(ChromeDriver driver) {
        return driver.executeScript("var w = document.documentElement.clientWidth;"
                + " return Array.from(document.querySelectorAll('body *'))"
                + ".filter(function (e) { return e.getBoundingClientRect().right > w + 1 && !e.closest('.scroll'); })"
                + ".slice(0, 10).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className"
                + " + ' ' + Math.round(e.getBoundingClientRect().right); });");
    }
}
