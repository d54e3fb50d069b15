package cq.assist.mobile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A phone in a test: Debian's headless Chromium (TECH-NOTES "Browsers") driven through its chromedriver,
 * emulating a 360 px wide Android phone with a fresh profile. Takes full-page screenshots into
 * {@code target/screenshots/} and checks a page with axe-core (from the H5 app's node_modules) plus the
 * app's own rules for older users: no text under 18 px, no tap target under 44 px.
 */
final class Phone implements AutoCloseable {

    static final int WIDTH = 360;
    static final int HEIGHT = 780;
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");

    final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Phone(int port) {
        try {
            profile = Files.createTempDirectory("h5-chromium-");
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
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
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of(
                        "deviceMetrics",
                        Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 1.0, "touch", true),
                        "userAgent",
                        "Mozilla/5.0 (Linux; Android 13; Phone) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/156.0 Mobile Safari/537.36"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Opens a path of the app (or an absolute URL). */
    Phone open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    /** Puts a token the test obtained over the API into this tab, as the login page would. */
    Phone loggedInAs(String token, String role) {
        open("/login").waitFor("#login-phone");
        js(
                "sessionStorage.setItem('token', arguments[0]); sessionStorage.setItem('roles', JSON.stringify([arguments[1]]));",
                token,
                role);
        return this;
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.substring(base.length());
    }

    /** Waits up to 20 s; an element Vue replaced while we looked at it is looked up again. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement find(String css) {
        return waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    /** The first displayed element of {@code css} whose text contains {@code text}. */
    WebElement withText(String css, String text) {
        return waiting().until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    /**
     * Taps the first displayed element of css once nothing covers it (a message bar at the top stays a few
     * seconds over the top bar's buttons, as it does for a person).
     */
    Phone tap(String css) {
        waiting().ignoring(ElementClickInterceptedException.class).until(d -> {
            WebElement e = find(css);
            scrollTo(e);
            e.click();
            return true;
        });
        return this;
    }

    Phone tapText(String css, String text) {
        waiting().ignoring(ElementClickInterceptedException.class).until(d -> {
            WebElement e = withText(css, text);
            scrollTo(e);
            e.click();
            return true;
        });
        return this;
    }

    /** Types into the input of a Vant field (by the field's id) or any input matched by css. */
    Phone type(String css, String text) {
        WebElement e = find(css);
        scrollTo(e);
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text);
        return this;
    }

    /** Chooses an option by value once the options are there (a list the page loads from the API). */
    Phone select(String css, String value) {
        WebElement e = find(css);
        scrollTo(e);
        waiting().until(d -> !e.findElements(By.cssSelector("option[value='" + value + "']"))
                .isEmpty());
        new org.openqa.selenium.support.ui.Select(e).selectByValue(value);
        return this;
    }

    void scrollTo(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center'});", e);
    }

    Phone waitFor(String css) {
        find(css);
        return this;
    }

    Phone waitForPath(String prefix) {
        waiting().until(d -> path().startsWith(prefix));
        return this;
    }

    String text(String css) {
        return waiting().until(d -> find(css).getText());
    }

    /** Draws a signature across the canvas matched by css. */
    Phone sign(String css) {
        WebElement canvas = find(css);
        scrollTo(canvas);
        new Actions(driver)
                .moveToElement(canvas, -100, 0)
                .clickAndHold()
                .moveByOffset(40, -30)
                .moveByOffset(40, 50)
                .moveByOffset(40, -40)
                .moveByOffset(60, 30)
                .release()
                .perform();
        return this;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * A screenshot at 360 px wide into target/screenshots/{name}.png: the whole page, or only the screen
     * while a dialog is open (a dialog sits in the middle of what the phone shows).
     */
    Path screenshot(String name) {
        Number height = (Number)
                js(
                        "return [...document.querySelectorAll('.van-dialog')].some(d => d.getClientRects().length)"
                                + " ? window.innerHeight : Math.max(document.documentElement.scrollHeight, window.innerHeight);");
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        WIDTH,
                        "height",
                        Math.min(height.intValue(), 6000),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        true));
        try {
            Path file = SHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /**
     * Checks the page as it stands: axe-core (WCAG 2.1 A/AA) finds no serious or critical violation; no
     * visible text is under 18 px; every visible control is at least 44 x 44 px (a field's tap area is
     * its whole row). Screenshots it first.
     */
    void check(String name) {
        screenshot(name);
        String axe;
        try {
            axe = Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        js(axe);
        Object violations = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3)"
                + ".map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        assertThat((List<?>) violations).as("axe on " + name).isEmpty();
        Object small = js(SIZES);
        assertThat((List<?>) small).as("type and tap targets on " + name).isEmpty();
    }

    /**
     * Asserts that the page, read in English, shows no Chinese (CJK ideographs, Chinese punctuation, full-width
     * forms) except where Chinese is deliberate: inside an element marked {@code lang="zh-CN"} (the authorization
     * letter and a consent's binding text, an address as written, the switch back to 中文), a masked name
     * ({@code 李*}, {@code 罗**}), and the strings in {@code allowed} (names of people, words a person typed).
     * Folded sections ({@code details}) are opened first and a select's options count; the page is screenshotted.
     */
    void assertEnglish(String name, String... allowed) {
        js("document.querySelectorAll('details').forEach(d => d.open = true);");
        screenshot(name);
        Object chinese = js(CHINESE, List.of(allowed));
        assertThat((List<?>) chinese)
                .as("Chinese on the English screen " + name)
                .isEmpty();
    }

    private static final String CHINESE =
            """
            const allowed = arguments[0];
            const cjk = /[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]+/g;
            const shown = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
              return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
            const found = [];
            const read = (text, where) => {
              let t = text.replace(/[\\u3400-\\u9fff]\\*+/g, ' ');
              for (const a of allowed) t = t.split(a).join(' ');
              const m = t.match(cjk);
              if (m) found.push(m.join(' ') + ' in "' + text.trim().slice(0, 80) + '" (' + where + ')');
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const n = walker.currentNode; const el = n.parentElement;
              if (!n.textContent.trim() || !el || el.closest('[lang="zh-CN"], script, style, noscript')) continue;
              const host = el.closest('select') || el;
              if (!shown(host)) continue;
              read(n.textContent, el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''));
            }
            for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
              if (el.closest('[lang="zh-CN"]') || !shown(el)) continue;
              for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
                if (el.getAttribute(a)) read(el.getAttribute(a), a);
              }
            }
            return found;
            """;

    private static final String SIZES =
            """
            const bad = [];
            const visible = (e) => { const r = e.getBoundingClientRect();
              const s = getComputedStyle(e); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'
                && s.display !== 'none' && !e.closest('[aria-hidden=true]') && !e.closest('.skip-link'); };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const n = walker.currentNode; const el = n.parentElement;
              if (!n.textContent.trim() || !el || !visible(el)) continue;
              const size = parseFloat(getComputedStyle(el).fontSize);
              if (size < 18) bad.push('text ' + size + 'px: ' + n.textContent.trim().slice(0, 30));
            }
            const controls = document.querySelectorAll(
              'button, a[href], select, textarea, input:not([type=hidden]):not(.visually-hidden), [role=button],'
              + ' .van-checkbox, .van-radio, .van-switch, label.photo-take');
            for (const c of controls) {
              if (!visible(c) || c.closest('.van-checkbox, .van-radio') && !c.matches('.van-checkbox, .van-radio')) continue;
              const target = c.closest('.van-cell') && c.matches('input, textarea, select') ? c.closest('.van-cell') : c;
              const r = target.getBoundingClientRect();
              const inText = c.matches('a') && c.closest('p');
              if (!inText && (r.height < 44 || r.width < 44))
                bad.push('target ' + Math.round(r.width) + 'x' + Math.round(r.height) + ': '
                  + (c.innerText || c.getAttribute('aria-label') || c.id || c.tagName).trim().slice(0, 30));
            }
            return bad;
            """;

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
