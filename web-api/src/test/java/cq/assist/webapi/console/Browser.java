package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless at 1366x768, driven through the system chromedriver (no browser download).
 * One per test class. Screenshots go to {@code target/console-screenshots}, downloads to a fresh directory.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Path AXE = Path.of("console", "node_modules", "axe-core", "axe.min.js");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    Browser(int port) {
        try {
            profile = Files.createTempDirectory("console-chromium-");
            downloads = Files.createTempDirectory("console-downloads-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1366,768",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        // the page itself is 1366x768, as on an office screen (the window's size would include browser chrome)
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The element with {@code data-test=name}, once visible. */
    WebElement test(String name) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(byTest(name)));
    }

    static By byTest(String name) {
        return By.cssSelector("[data-test='" + name + "']");
    }

    /** Clicks the element with {@code data-test=name} once it can be clicked. */
    void click(String name) {
        waiting().until(ExpectedConditions.elementToBeClickable(byTest(name))).click();
    }

    /**
     * Clicks what {@code find} returns, finding it again while a table re-renders under the pointer or a
     * closing overlay (an Element Plus select's tooltip) still covers it; gives up after the usual wait.
     */
    void clickWhenSettled(Supplier<WebElement> find) {
        waiting()
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    find.get().click();
                    return true;
                });
    }

    /**
     * Switches the console's language through the user menu ({@code lang}, then {@code lang-<code>}) until the
     * page shows {@code expected}: a menu still animating from the last switch can swallow a click, so the switch
     * is tried again (up to 5 times, 4 s each) rather than trusted once.
     */
    void language(String code, java.util.function.Predicate<WebDriver> expected) {
        for (int attempt = 1; ; attempt++) {
            click("lang");
            clickWhenSettled(() -> test("lang-" + code));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(4)).until(expected::test);
                return;
            } catch (TimeoutException notYet) {
                if (attempt == 5) {
                    throw notYet;
                }
            }
        }
    }

    /** Picks the option with this text in the open Element Plus select named {@code data-test=name}. */
    void select(String name, String optionText) {
        click(name);
        By option = By.xpath(
                "//li[contains(@class,'el-select-dropdown__item')][not(ancestor::*[contains(@style,'display: none')])]"
                        + "[normalize-space(.)='" + optionText + "']");
        waiting().until(ExpectedConditions.elementToBeClickable(option)).click();
    }

    void type(By by, String text) {
        WebElement input = waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
        // select-all and delete (not clear()), so Vue's v-model sees the input events
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** Waits until the page shows this text somewhere. */
    void sees(String text) {
        try {
            waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (TimeoutException e) {
            Path shot = screenshot("failed-" + Integer.toHexString(text.hashCode()));
            throw new AssertionError(
                    "the page never showed \"" + text + "\" (screenshot " + shot + "); it shows: " + bodyText(), e);
        }
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits for Element Plus's loading masks and animations to settle, then saves a 1366x768 screenshot. */
    Path screenshot(String name) {
        waiting().until(d -> d.findElements(By.cssSelector(".el-loading-mask")).stream()
                .noneMatch(WebElement::isDisplayed));
        pause(400);
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * A screenshot 1366 pixels wide and {@code height} tall (the whole of a long screen such as the dashboard,
     * for the README); the page is 1366x768 again afterwards.
     */
    Path screenshotTall(String name, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            pause(600);
            return screenshot(name);
        } finally {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    /** Waits until Element Plus's toasts have faded (for screenshots that go into the README). */
    void quiet() {
        new WebDriverWait(driver, Duration.ofSeconds(6))
                .until(d -> d.findElements(By.cssSelector(".el-message")).isEmpty());
    }

    /** Runs axe-core on the page; returns the serious and critical violations as readable lines. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        try {
            js.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                // toasts (el-message) fade in and out by themselves; the screens under them are checked
                + "axe.run({exclude: [['.el-message']]}, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 200)).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    void assertAccessible() {
        assertThat(seriousAccessibilityViolations())
                .as("axe-core serious/critical violations")
                .isEmpty();
    }

    /** Waits for a finished download whose name ends with the suffix; returns its path. */
    Path downloaded(String suffix) {
        return waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Empties the download directory (between exports). */
    void clearDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
