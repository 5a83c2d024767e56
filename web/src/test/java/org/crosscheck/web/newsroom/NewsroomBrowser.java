package org.crosscheck.web.newsroom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Real Chromium for the browser tests: Debian's {@code chromium} (installed by .ci/run), driven by Playwright,
 * which is told never to download a browser of its own. Without the executable the tests are skipped on a
 * developer's machine and fail on CI, where it must be present.
 */
final class NewsroomBrowser implements AutoCloseable {

    private static final List<Path> EXECUTABLES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private final Playwright playwright;
    private final Browser browser;
    private final Path screenshots;

    private NewsroomBrowser(Path executable, Path screenshots) {
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // No sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
        this.screenshots = screenshots;
    }

    /** The system Chromium, or the test is skipped (off CI) or failed (on CI). */
    static NewsroomBrowser open() {
        Path executable = EXECUTABLES.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (executable == null) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("chromium is missing; .ci/run installs it (apt-get install chromium)");
            }
            Assumptions.abort("no system chromium: install Debian's chromium package to run the browser tests");
        }
        // Screenshots go under target/ unless asked for elsewhere (-Dcrosscheck.screenshots=../docs/screenshots refreshes the docs').
        Path to = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        return new NewsroomBrowser(executable, to);
    }

    /** A fresh browser window (its own cookies) the size of a laptop screen, or of a phone. */
    Page page(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
    }

    void screenshot(Page page, String name) {
        try {
            Files.createDirectories(screenshots);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
