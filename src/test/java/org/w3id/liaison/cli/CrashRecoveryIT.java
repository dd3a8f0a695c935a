package org.w3id.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
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
 * no article in part, and loading again gives exactly what a clean load gives.
 */
class CrashRecoveryIT {
    private static final int ARTICLES = 1000;
    private static final Path JAR = Path.of(System.getProperty("liaison.jar", "target/liaison.jar"));

    @TempDir
    Path dir;

    private Process load(Path db, Path articles) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "load", "--batch", "100", "--db", db.toString(), articles.toString())
                .redirectOutput(dir.resolve("out.log").toFile()).redirectError(dir.resolve("err.log").toFile()).start();
    }

    @Test
    void aKilledLoadLeavesNoHalfArticleAndReloadingCompletesIt() throws Exception {
        Path articles = dir.resolve("articles");
        Reports.write(articles, ARTICLES);
        ReferenceData ref = ReferenceData.load();
        Map<Node, Long> whole = new HashMap<>();
        long clean = 0;
        for (Path f : ArticleLoader.articleFiles(List.of(articles))) {
            var article = new ArticleReader().read(f);
            long size = new ArticleGraph(ref).build(new Extractor(ref).extract(article)).size();
            whole.put(ArticleGraph.graphName(article.id()), size);
            clean += size;
        }

        // a clean load first: what a load gives, and how long it takes on this machine
        long started = System.nanoTime();
        assertThat(load(dir.resolve("db-clean"), articles).waitFor()).isZero();
        long cleanMillis = (System.nanoTime() - started) / 1_000_000;
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db-clean"))) {
            assertThat(articleQuads(store)).isEqualTo(clean);
        }

        boolean midway = false;
        // The moments are fractions of the clean load's time, which ends with counting the dataset's description
        // after the last article: a late kill may find every article stored, which is fine; what must hold is
        // that each stored article is whole, that reloading completes the database, and that at least one kill
        // came between the first commit and the last. The first commit comes late (JVM start, reference data,
        // a first batch extracted: after 40% of the clean time here), hence five moments, most of them late.
        for (double at : new double[] {0.25, 0.5, 0.6, 0.7, 0.8}) {
            long killAfterMillis = (long) (cleanMillis * at);
            Path db = dir.resolve("db-" + at);
            Process p = load(db, articles);
            Thread.sleep(killAfterMillis);
            p.destroyForcibly();                         // SIGKILL
            p.waitFor();

            try (KnowledgeStore store = KnowledgeStore.open(db)) {
                long graphs = Txn.calculateRead(store.dataset(), () -> {
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
                midway |= graphs > 0 && graphs < ARTICLES;
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
        }
        assertThat(midway).as("at least one kill came while articles were being stored").isTrue();
    }

    /** The quads of the articles' graphs: the store's, less the dataset's description that loading adds. */
    private static long articleQuads(KnowledgeStore store) {
        return store.quadCount() - Txn.calculateRead(store.dataset(),
                () -> (long) store.dataset().getGraph(DatasetDescription.GRAPH).size());
    }
}
