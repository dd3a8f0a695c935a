package org.w3id.liaison.server;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/**
 * What a browser test stands on: a real TDB2 store in a temporary folder holding the reports given (and its
 * VoID description), the real server over it on a free port, and headless Chromium. Closing stops whatever
 * was started, in reverse order.
 */
final class BrowserSite implements AutoCloseable {
    private final KnowledgeStore store;
    private LiaisonServer server;
    private WebDriver browser;

    private BrowserSite(KnowledgeStore store) {
        this.store = store;
    }

    /** Skips the calling test class unless Chromium is installed (see {@link Browser#assumeInstalled()}). */
    static BrowserSite start(Path dir, List<Path> reports) throws Exception {
        Browser.assumeInstalled();
        BrowserSite site = new BrowserSite(KnowledgeStore.open(dir.resolve("db")));
        try {
            new ArticleLoader(site.store).loadAll(reports, o -> {});
            site.store.describe();
            site.server = LiaisonServer.create().port(0).dataset(site.store.dataset()).build().start();
            site.browser = Browser.start(dir);
            return site;
        } catch (Exception | Error e) {
            site.close();
            throw e;
        }
    }

    WebDriver browser() {
        return browser;
    }

    /** The server's root, {@code http://localhost:PORT}. */
    String base() {
        return "http://localhost:" + server.port();
    }

    @Override
    public void close() {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.stop();
        store.close();
    }
}
