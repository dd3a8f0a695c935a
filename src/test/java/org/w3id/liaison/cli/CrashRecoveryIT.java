package org.w3id.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Reports;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.Extractor;
import org.w3id.liaison.rdf.ArticleGraph;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.DatasetDescription;
import org.w3id.liaison.store.KnowledgeStore;
import org.w3id.liaison.store.Unions;

/**
 * The loader killed with SIGKILL in the middle of a big load, at several moments: the database opens, holds
 * no article in part, and loading again gives exactly what a clean load gives. Both ways a load stores: in
 * batches (a database that holds data already), and in one bulk transaction (a first load into an empty one).
 */
class CrashRecoveryIT {
    private static final int ARTICLES = 1000;
    private static final Path JAR = Path.of(System.getProperty("liaison.jar", "target/liaison.jar"));

    @TempDir
    Path dir;

    private Path articles;
    private Map<Node, Long> whole;
    private long clean;

    private Process load(Path db, Path what) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "load", "--batch", "100", "--db", db.toString(), what.toString())
                .redirectOutput(dir.resolve("out.log").toFile()).redirectError(dir.resolve("err.log").toFile()).start();
    }

    @BeforeEach
    void reports() throws Exception {
        articles = dir.resolve("articles");
        Reports.write(articles, ARTICLES);
        ReferenceData ref = ReferenceData.load();
        whole = new HashMap<>();
        clean = 0;
        for (Path f : ArticleLoader.articleFiles(List.of(articles))) {
            var article = new ArticleReader().read(f);
            long size = new ArticleGraph(ref).build(new Extractor(ref).extract(article)).size();
            whole.put(ArticleGraph.graphName(article.id()), size);
            clean += size;
        }
    }

    /** A database that holds one report already: a load then stores in batches of 100. */
    private Path seeded(String name) throws Exception {
        Path db = dir.resolve(name);
        assertThat(load(db, ArticleLoader.articleFiles(List.of(articles)).get(0)).waitFor()).isZero();
        return db;
    }

    @Test
    void aKilledBatchedLoadLeavesNoHalfArticleAndReloadingCompletesIt() throws Exception {
        // a clean load first: what a load gives, and how long it takes on this machine
        Path cleanDb = seeded("db-clean");
        long cleanMillis = timed(cleanDb);
        boolean midway = false;
        // The moments are fractions of the clean load's time, which ends with counting the dataset's description
        // after the last article: a late kill may find every article stored, which is fine; what must hold is
        // that each stored article is whole, that reloading completes the database, and that at least one kill
        // came between the first commit and the last. The first commit comes late (JVM start, reference data,
        // a first batch extracted: after 40% of the clean time here), hence five moments, most of them late.
        for (double at : new double[] {0.25, 0.5, 0.6, 0.7, 0.8}) {
            long graphs = killAndCheck(seeded("db-" + at), cleanMillis, at);
            midway |= graphs > 1 && graphs < ARTICLES;
        }
        assertThat(midway).as("at least one kill came while articles were being stored").isTrue();
    }

    @Test
    void aKilledFirstLoadLeavesAnEmptyDatabaseAndReloadingCompletesIt() throws Exception {
        long cleanMillis = timed(dir.resolve("db-clean"));
        boolean inside = false;
        // the transaction commits after about 65% of the clean time here (then the description is counted)
        for (double at : new double[] {0.3, 0.5, 0.7}) {
            long graphs = killAndCheck(dir.resolve("db-" + at), cleanMillis, at);
            assertThat(graphs).as("one transaction: none or all").isIn(0L, (long) ARTICLES);
            inside |= graphs == 0;
        }
        assertThat(inside).as("at least one kill came before the commit").isTrue();
    }

    private long timed(Path db) throws Exception {
        long started = System.nanoTime();
        assertThat(load(db, articles).waitFor()).isZero();
        long millis = (System.nanoTime() - started) / 1_000_000;
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertThat(articleQuads(store)).isEqualTo(clean);
        }
        return millis;
    }

    /** Kills a load of every report at a moment of a clean load's time; checks the database; loads again. */
    private long killAndCheck(Path db, long cleanMillis, double at) throws Exception {
        long killAfterMillis = (long) (cleanMillis * at);
        Process p = load(db, articles);
        Thread.sleep(killAfterMillis);
        p.destroyForcibly();                         // SIGKILL
        p.waitFor();

        long graphs;
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            graphs = Txn.calculateRead(store.dataset(), () -> {
                long n = 0;
                for (var it = store.dataset().listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    if (!whole.containsKey(g))
                        continue;                  // the dataset's description, written after the load
                    n++;
                    assertThat((long) store.dataset().getGraph(g).size()).as("graph " + g).isEqualTo(whole.get(g));
                }
                return n;
            });
            assertThat(graphs).as("killed after %d ms", killAfterMillis).isLessThanOrEqualTo(ARTICLES);
            assertThat(Unions.stored(store)).as("the default graph is the union").isEqualTo(Unions.ofNamedGraphs(store));
            System.out.printf("killed after %d of %d ms: %d of %d articles stored, each whole%n",
                    killAfterMillis, cleanMillis, graphs, ARTICLES);
        }

        Process again = load(db, articles);
        assertThat(again.waitFor()).as(Files.readString(dir.resolve("err.log"))).isZero();
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertThat(store.articleCount()).isEqualTo(ARTICLES);
            assertThat(articleQuads(store)).isEqualTo(clean);
            assertThat(Unions.stored(store)).isEqualTo(Unions.ofNamedGraphs(store));
        }
        return graphs;
    }

    /** The quads of the articles' graphs: the store's, less the dataset's description that loading adds. */
    private static long articleQuads(KnowledgeStore store) {
        return store.quadCount() - Txn.calculateRead(store.dataset(),
                () -> (long) store.dataset().getGraph(DatasetDescription.GRAPH).size());
    }
}
