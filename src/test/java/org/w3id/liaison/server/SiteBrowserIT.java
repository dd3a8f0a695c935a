package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.ArticleLoader;

/**
 * The home page, the search and the network view in headless Chromium, against the real server holding the
 * dev corpus (../shared/corpus/dev) and the seed.
 */
class SiteBrowserIT {
    static final Path DEV = Path.of("..", "shared", "corpus", "dev");
    static final String PREFIXES = "PREFIX lia: <https://w3id.org/liaison/ontology#>\n";
    static final String PCC = LIA.ID + "party/communist-party-of-cuba";

    @TempDir
    static Path dir;
    static BrowserSite site;
    static String base;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isDirectory(DEV), "the dev corpus is not beside the project");
        site = BrowserSite.start(dir, ArticleLoader.articleFiles(List.of(DEV, Fixtures.SEED)));
        base = site.base();
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null)
            site.close();
    }

    static long count(String query) {
        try (QueryExecHTTP qe = QueryExecHTTP.service(base + "/kg/sparql").query(PREFIXES + query).build()) {
            return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void theHomePageCountsEqualSparqlCounts() {
        browser.get(base + "/");
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("dl.counts"), "data-ready", "true"));
        Map<String, String> classes = Map.of("reports", "Article", "officials", "Official", "parties", "Party",
                "countries", "Country", "meetings", "Meeting", "initiatives", "Initiative");
        assertThat(browser.findElements(By.cssSelector("dd[data-count]"))).hasSize(classes.size());
        classes.forEach((shown, type) -> {
            String text = browser.findElement(By.cssSelector("dd[data-count='" + shown + "']")).getText().replace(",", "");
            assertThat(Long.parseLong(text)).as(shown)
                    .isEqualTo(count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a lia:" + type + " }")).isPositive();
        });
        assertThat(browser.findElement(By.cssSelector("time[data-from]")).getText()).isEqualTo(first("MIN"));
        assertThat(browser.findElement(By.cssSelector("time[data-to]")).getText()).isEqualTo(first("MAX"));
    }

    static String first(String aggregate) {
        try (QueryExecHTTP qe = QueryExecHTTP.service(base + "/kg/sparql")
                .query(PREFIXES + "SELECT (STR(" + aggregate + "(?d)) AS ?n) { ?m lia:date ?d }").build()) {
            return qe.select().next().get("n").getLiteralLexicalForm();
        }
    }

    @Test
    void theSearchBoxFindsAnOfficialBySurname() {
        browser.get(base + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Morales");
        box.submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results")));
        browser.findElement(By.linkText("Roberto Morales Ojeda")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Roberto Morales Ojeda"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/page/official/roberto-morales-ojeda");
    }

    @Test
    void theNetworkViewDrawsTheOfficialsPartiesAndLinksOfAFilter() throws Exception {
        browser.get(base + "/network.html?party=" + java.net.URLEncoder.encode(PCC, java.nio.charset.StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.attributeToBe(By.id("cy"), "data-ready", "true"));
        WebElement cy = browser.findElement(By.id("cy"));

        // what the filter should draw, counted here with SPARQL of our own
        String pairs = "SELECT DISTINCT ?a ?b { ?m a lia:Meeting ; lia:participant ?a, ?b FILTER(STR(?a) < STR(?b)) "
                + "{ ?a lia:memberOfParty <" + PCC + "> } UNION { ?b lia:memberOfParty <" + PCC + "> } }";
        long links = count("SELECT (COUNT(*) AS ?n) { " + pairs + " }");
        Set<String> officials = new HashSet<>();
        Set<String> parties = new HashSet<>();
        try (QueryExecHTTP qe = QueryExecHTTP.service(base + "/kg/sparql").query(PREFIXES
                + "SELECT ?x ?p { { SELECT ?a ?b { " + pairs + " } } VALUES ?side { 0 1 } BIND(IF(?side = 0, ?a, ?b) AS ?x) "
                + "OPTIONAL { ?x lia:memberOfParty ?p } }").build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(r -> {
                officials.add(r.get("x").getURI());
                if (r.get("p") != null)
                    parties.add(r.get("p").getURI());
            });
        }
        assertThat(links).isGreaterThanOrEqualTo(2);
        assertThat(Long.parseLong(cy.getDomAttribute("data-edges"))).isEqualTo(links);
        assertThat(Integer.parseInt(cy.getDomAttribute("data-officials"))).isEqualTo(officials.size());
        assertThat(Integer.parseInt(cy.getDomAttribute("data-parties"))).isEqualTo(parties.size());
        assertThat(Integer.parseInt(cy.getDomAttribute("data-nodes"))).isEqualTo(officials.size() + parties.size());
        assertThat(browser.findElement(By.id("status")).getText()).contains(officials.size() + " officials");

        // a picture of it, not blank
        byte[] png = cy.getScreenshotAs(OutputType.BYTES);
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("network.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int x = 0; x < image.getWidth(); x += 2)
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff)
                    inked++;
            }
        assertThat(colours.size()).as("colours in the picture").isGreaterThan(20);
        assertThat(inked).as("pixels drawn").isGreaterThan(500);

        // the PNG export gives an image too
        String href = (String) ((JavascriptExecutor) browser).executeScript(
                "return window.liaisonNetwork.png({ full: true, bg: '#ffffff' });");
        assertThat(href).startsWith("data:image/png;base64,");

        // clicking an official opens their page
        String official = "https://w3id.org/liaison/id/official/roberto-morales-ojeda";
        // where the node is drawn, in the window's coordinates, after scrolling it into view
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript("""
                const p = window.liaisonNetwork.$id(arguments[0]).renderedPosition();
                const box = document.getElementById('cy');
                window.scrollTo(0, window.scrollY + box.getBoundingClientRect().top + p.y - window.innerHeight / 2);
                const r = box.getBoundingClientRect();
                return { x: r.left + box.clientLeft + p.x, y: r.top + box.clientTop + p.y };""", official);
        new Actions(browser).moveToLocation(at.get("x").intValue(), at.get("y").intValue()).click().perform();
        waiting().until(ExpectedConditions.urlToBe(base + "/page/official/roberto-morales-ojeda"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Roberto Morales Ojeda");
    }

    @Test
    void officialAndPartyPagesShowTimelines() {
        browser.get(base + "/page/party/communist-party-of-china");
        assertThat(browser.findElement(By.id("timeline")).getText()).isEqualTo("Over time");
        assertThat(browser.findElements(By.cssSelector("svg.timeline rect"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("table.years")).getText()).contains("Cuba");
        browser.get(base + "/page/official/cai-qi");
        assertThat(browser.findElements(By.cssSelector("svg.timeline line"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("table.posts")).getText())
                .contains("member of the Secretariat of the Communist Party of China Central Committee");
    }
}
