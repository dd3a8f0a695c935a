package org.w3id.liaison.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Reads article files, turns each into triples and stores them in a TDB2 database.",
                "Loading an article again replaces what its earlier load stored. A file that cannot be read or is",
                "not an article gets one line on stderr naming it and why; the others still load; the exit code",
                "is then 1."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file loaded", "1:some files failed, the others loaded", "2:the database could not be opened"})
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database folder (created if missing)")
    Path db;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000",
            description = {"whole articles per write transaction (default: ${DEFAULT-VALUE}); a crash loses at most the last batch.",
                    "A first load into an empty database is one bulk transaction instead, as Jena's sequential loader does:",
                    "a crash there leaves the database empty"})
    int batch;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, or folders whose *.txt files are loaded")
    List<Path> paths;

    @Override
    public Integer call() {
        if (batch < 1) {
            System.err.println("liaison: --batch must be at least 1");
            return Liaison.FATAL;
        }
        long started = System.nanoTime();
        List<Path> files = ArticleLoader.articleFiles(paths);
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            Summary summary = load(store, files, batch);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("loaded %d of %d articles, %d triples, %d failed, in %.1f s%n",
                    summary.loaded(), files.size(), summary.triples(), summary.failed(), seconds);
            return summary.failed() == 0 ? Liaison.OK : Liaison.SOME_FAILED;
        } catch (KnowledgeStore.StoreException e) {
            System.err.println("liaison: " + e.getMessage());
            return Liaison.FATAL;
        }
    }

    /** What a load did. */
    record Summary(int loaded, int failed, long triples) {}

    /**
     * Loads the files, with a line on stderr for each that fails and a progress line on a terminal, then
     * counts the dataset afresh for its description.
     */
    static Summary load(KnowledgeStore store, List<Path> files, int batch) {
        Progress progress = new Progress(files.size());
        int[] loaded = {0};
        int[] failed = {0};
        long[] triples = {0};
        ArticleLoader loader = new ArticleLoader(store, batch);
        Consumer<ArticleLoader.Outcome> report = outcome -> {
            if (outcome instanceof ArticleLoader.Loaded l) {
                loaded[0]++;
                triples[0] += l.triples();
            } else if (outcome instanceof ArticleLoader.Failed x) {
                failed[0]++;
                progress.clear();
                System.err.println("liaison: " + x.file() + ": " + x.reason());
            }
            progress.step();
        };
        // this process holds the database's lock: no one else reads it while a bulk load detaches indexes
        if (store.isEmpty())
            loader.loadIntoEmpty(files, report, progress::written);
        else
            loader.loadAll(files, report);
        progress.clear();
        store.describe();
        return new Summary(loaded[0], failed[0], triples[0]);
    }

    /**
     * A progress line on a terminal while many files load; nothing when output goes to a file. A first load
     * is one transaction: its files are counted as written, then as stored once it commits.
     */
    private static final class Progress {
        private final int total;
        private final boolean shown;
        private int done;

        Progress(int total) {
            this.total = total;
            this.shown = System.console() != null && total > 20;
        }

        void step() {
            done++;
            if (shown && (done % 10 == 0 || done == total))
                System.err.printf("\r\033[Kloading %d/%d", done, total);
        }

        void written(int n) {
            if (shown)
                System.err.printf("\r\033[Kwritten %d/%d%s", n, total, n == total ? ", building the indexes" : "");
        }

        void clear() {
            if (shown)
                System.err.print("\r\033[K");
        }
    }
}
