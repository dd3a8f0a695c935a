package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.rdf.ArticleGraph;

/** Loads into a real TDB2 database in a temporary folder. */
class ArticleLoaderTest {

    @TempDir
    Path dir;

    private static long count(DatasetGraph dsg, String where) {
        return Txn.calculateRead(dsg, () -> (Object) QueryExec.dataset(dsg)
                .query("PREFIX lia: <https://w3id.org/liaison/ontology#> SELECT (COUNT(*) AS ?n) WHERE { " + where + " }")
                .select().next().get("n").getLiteralValue()) instanceof Number n ? n.longValue() : -1;
    }

    @Test
    void loadingTwiceGivesTheSameTriples() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            assertThat(loader.load(Fixtures.SEED)).isInstanceOf(ArticleLoader.Loaded.class);
            long once = store.quadCount();
            assertThat(loader.load(Fixtures.SEED)).isInstanceOf(ArticleLoader.Loaded.class);
            assertThat(store.quadCount()).isEqualTo(once).isGreaterThan(100);
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void reloadingAChangedArticleReplacesItsFacts() throws Exception {
        Path article = dir.resolve(Fixtures.SEED.getFileName());
        Files.copy(Fixtures.SEED, article);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(article);
            assertThat(count(store.dataset(), "?m a lia:Meeting")).isEqualTo(1);

            Files.writeString(article, Files.readString(article).replace("held talks with", "praised"));
            loader.load(article);
            assertThat(count(store.dataset(), "?m a lia:Meeting")).isEqualTo(1);     // still the caption's
            Files.writeString(article, Files.readString(article).replace("holds talks with", "praises"));
            loader.load(article);
            assertThat(count(store.dataset(), "?m a lia:Meeting")).isZero();
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aBadFileStoresNothingAndTheOthersStillLoad() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            List<ArticleLoader.Outcome> outcomes = ArticleLoader.articleFiles(List.of(
                    Fixtures.testing("binary.bin"), Fixtures.SEED, dir.resolve("missing.txt"),
                    Fixtures.testing("blank.txt"), Fixtures.testing("no-dateline.txt")))
                    .stream().map(loader::load).toList();
            assertThat(outcomes).extracting(o -> o.getClass().getSimpleName())
                    .containsExactly("Failed", "Loaded", "Failed", "Failed", "Loaded");
            assertThat(store.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void batchesKeepTheOrderOfTheFilesAndEachBatchIsWhole() throws Exception {
        List<Path> files = List.of(Fixtures.SEED, Fixtures.testing("binary.bin"), Fixtures.testing("delegation.txt"),
                dir.resolve("missing.txt"), Fixtures.testing("no-dateline.txt"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            List<ArticleLoader.Outcome> heard = new java.util.ArrayList<>();
            List<Long> storedWhenHeard = new java.util.ArrayList<>();
            new ArticleLoader(store, 2).loadAll(files, o -> {
                heard.add(o);
                storedWhenHeard.add(store.articleCount());
            });
            assertThat(heard).extracting(ArticleLoader.Outcome::file).containsExactlyElementsOf(files);
            assertThat(heard).extracting(o -> o.getClass().getSimpleName())
                    .containsExactly("Loaded", "Failed", "Loaded", "Failed", "Loaded");
            // a file is heard of once its batch is committed: batches of two files, the first holding one article
            assertThat(storedWhenHeard).containsExactly(1L, 1L, 2L, 2L, 3L);
            assertThat(Unions.stored(store)).isEqualTo(Unions.ofNamedGraphs(store));
        }
    }

    @Test
    void aFirstLoadIntoAnEmptyDatabaseStoresWhatBatchesStore() throws Exception {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(Fixtures.testing("delegation.txt"), copy.resolve("delegation.txt"));
        // the same article twice, and bad files among the good
        List<Path> files = List.of(Fixtures.SEED, Fixtures.testing("binary.bin"), Fixtures.testing("delegation.txt"),
                dir.resolve("missing.txt"), Fixtures.testing("no-dateline.txt"), copy.resolve("delegation.txt"));
        try (KnowledgeStore bulk = KnowledgeStore.open(dir.resolve("bulk"));
             KnowledgeStore batched = KnowledgeStore.open(dir.resolve("batched"))) {
            List<ArticleLoader.Outcome> heard = new ArrayList<>();
            List<Long> storedWhenHeard = new ArrayList<>();
            List<String> progress = new ArrayList<>();
            new ArticleLoader(bulk, 2).loadIntoEmpty(files, o -> {
                heard.add(o);
                storedWhenHeard.add(bulk.articleCount());
                progress.add("heard");
            }, n -> progress.add("written " + n));
            new ArticleLoader(batched, 2).loadAll(files, o -> {});

            assertThat(heard).extracting(ArticleLoader.Outcome::file).containsExactlyElementsOf(files);
            assertThat(heard).extracting(o -> o.getClass().getSimpleName())
                    .containsExactly("Loaded", "Failed", "Loaded", "Failed", "Loaded", "Loaded");
            // one transaction: every file is heard of once all are stored; before that, only how many are written
            assertThat(storedWhenHeard).containsOnly(3L);
            assertThat(progress).startsWith("written 2", "written 4", "written 6", "heard").hasSize(9);
            assertThat(quads(bulk)).isEqualTo(quads(batched)).hasSizeGreaterThan(100);
            assertThat(Unions.stored(bulk)).isEqualTo(Unions.ofNamedGraphs(bulk)).isEqualTo(Unions.stored(batched));

            // afterwards, the database is an ordinary one: an article loaded again replaces itself
            long before = bulk.quadCount();
            assertThat(new ArticleLoader(bulk).load(Fixtures.SEED)).isInstanceOf(ArticleLoader.Loaded.class);
            assertThat(bulk.quadCount()).isEqualTo(before);
            assertThat(count(bulk.dataset(), "?a a lia:Article")).isEqualTo(3);
        }
    }

    @Test
    void aBulkLoadIsOnlyForAnEmptyDatabase() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(Fixtures.SEED);
            assertThatThrownBy(() -> loader.loadIntoEmpty(List.of(Fixtures.SEED), o -> {}, n -> {}))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds data");
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void anAbandonedBulkLoadLeavesTheDatabaseEmptyAndWhole() throws Exception {
        Path db = dir.resolve("db");
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            try (BulkLoad bulk = store.bulkLoad()) {
                bulk.addAll(Map.of(ArticleGraph.graphName("x"),
                        RDFParser.fromString("<urn:a> <urn:b> <urn:c> .", Lang.NT).toGraph()));
                // no commit
            }
            // and the open store goes on as an ordinary one, every index back in place
            assertThat(store.isEmpty()).isTrue();
            assertThat(new ArticleLoader(store).load(Fixtures.SEED)).isInstanceOf(ArticleLoader.Loaded.class);
            assertThat(count(store.dataset(), "?a a lia:Article")).isEqualTo(1);
            assertThat(count(store.dataset(), "GRAPH ?g { ?a a lia:Article }")).isEqualTo(1);
        }
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertThat(count(store.dataset(), "?a a lia:Article")).isEqualTo(1);
        }
    }

    private static Set<Quad> quads(KnowledgeStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> new HashSet<>(Iter.toList(dsg.findNG(null, null, null, null))));
    }

    @Test
    void aFolderMeansItsTxtFiles() {
        List<Path> files = ArticleLoader.articleFiles(List.of(Fixtures.testing("")));
        assertThat(files).allMatch(f -> f.toString().endsWith(".txt")).noneMatch(f -> f.toString().endsWith(".bin"));
        assertThat(files).isSorted();
    }

    @Test
    void readersSeeTheUnionOfAllArticles() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(Fixtures.SEED);
            loader.load(Fixtures.testing("delegation.txt"));
            assertThat(count(store.dataset(), "?a a lia:Article")).isEqualTo(2);
            assertThat(Txn.calculateRead(store.dataset(),
                    () -> store.dataset().getGraph(ArticleGraph.graphName(Fixtures.SEED_ID)).size())).isGreaterThan(100);
        }
    }

    @Test
    void aPersonNamedInTwoArticlesIsOneIri() throws Exception {
        Path other = dir.resolve("another-report.txt");
        Files.writeString(other, """
                Senior CPC official meets Cuban guest

                Xinhua) 09:00, May 3, 2024

                BEIJING, May 2 (Xinhua) -- Cai Qi, a member of the Secretariat of the CPC Central Committee, met with \
                Roberto Morales Ojeda, a member of the Political Bureau of the Communist Party of Cuba (PCC) Central \
                Committee, in Beijing on Thursday.
                """);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(Fixtures.SEED);
            loader.load(other);
            assertThat(count(store.dataset(), "?p a lia:Official")).isEqualTo(2);
            assertThat(count(store.dataset(), "?m a lia:Meeting")).isEqualTo(2);
            assertThat(count(store.dataset(), "?m lia:participant <https://w3id.org/liaison/id/official/cai-qi>")).isEqualTo(2);
        }
    }
}
