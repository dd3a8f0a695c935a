package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver: the browser tests' one way to start it. Without the
 * packages the tests are skipped, except where {@code LIAISON_REQUIRE_BROWSER=1} (CI) makes that a failure.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /** Skips the calling test class unless Chromium and its driver are installed (fails instead in CI). */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if ("1".equals(System.getenv("LIAISON_REQUIRE_BROWSER")))
            assertThat(present).as("chromium and chromium-driver installed").isTrue();
        assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
    }

    /** A fresh headless browser with its profile in {@code dir}, asked to reach nothing but what it is sent to. */
    static WebDriver start(Path dir) throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1300,1000", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
