package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.liaison.Fixtures;

/**
 * The console in a real headless Chromium (Debian's chromium and chromium-driver) against the real server:
 * pick an example, see its answer. CI installs the browser and sets LIAISON_REQUIRE_BROWSER=1, so there a
 * missing browser fails the build instead of skipping the test.
 */
class ConsoleBrowserIT {

    private static final String HOSTILE_HEADLINE = "Talks <img id=\"injected\" src=\"x\" onerror=\"document.title='owned'\">";

    @TempDir
    static Path dir;
    static BrowserSite site;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        // a report whose text carries markup: the console must show it as text, never run it
        Path hostile = Files.writeString(dir.resolve("hostile.txt"), HOSTILE_HEADLINE + "\n\n"
                + "BEIJING, May 1 (Xinhua) -- Li Hua met with Ana Lima, chairwoman of the Workers' Party of Brazil, on Monday.\n");
        site = BrowserSite.start(dir, List.of(Fixtures.SEED, hostile));
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null)
            site.close();
    }

    @Test
    void anExampleQueryShowsItsAnswer() throws Exception {
        browser.get(site.base() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        List<WebElement> examples = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("nav.examples button"), 3));
        examples.stream().filter(b -> b.getText().equals("Parties and their countries")).findFirst().orElseThrow().click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "Communist Party of Cuba"));
        String results = browser.findElement(By.cssSelector(".yasr")).getText();
        assertThat(results).contains("Communist Party of China").contains("CPC").contains("Cuba");

        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path shot = Files.createDirectories(Path.of("target", "screenshots")).resolve("console.png");
        Files.write(shot, png);
        assertThat(png.length).isGreaterThan(10_000);
    }

    @Test
    void clickingAResultIriLandsOnTheEntityPage() {
        browser.get(site.base() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String console = browser.getWindowHandle();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("nav.examples button"), 3))
                .stream().filter(b -> b.getText().equals("Officials and their parties")).findFirst().orElseThrow().click();
        By caiQi = By.cssSelector(".yasr a[href='https://w3id.org/liaison/id/official/cai-qi']");
        wait.until(ExpectedConditions.elementToBeClickable(caiQi)).click();

        wait.until(ExpectedConditions.numberOfWindowsToBe(2));
        browser.getWindowHandles().stream().filter(h -> !h.equals(console)).findFirst()
                .ifPresent(h -> browser.switchTo().window(h));
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cai Qi"));
            assertThat(browser.getCurrentUrl()).isEqualTo(site.base() + "/page/official/cai-qi");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("Communist Party of China", "Roberto Morales Ojeda", "holds talks with Roberto Morales Ojeda");
            // and on to the party, by a link of the page
            browser.findElement(By.linkText("Communist Party of China")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Communist Party of China"));
        } finally {
            browser.close();
            browser.switchTo().window(console);
        }
    }

    @Test
    void markupInAReportIsShownAsTextNotRun() {
        browser.get(site.base() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("nav.examples button"), 3))
                .stream().filter(b -> b.getText().equals("Reports loaded")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "<img id="));
        assertThat(browser.findElements(By.id("injected"))).isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("owned");
    }
}
