package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Reports;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.Extractor;
import org.w3id.liaison.rdf.ArticleGraph;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/** Readers querying over HTTP while articles load and reload see each article wholly or not at all. */
class LoadWhileServingTest {
    private static final int ARTICLES = 60;

    @TempDir
    Path dir;

    @Test
    void readersSeeEachArticleWholeOrNotAtAll() throws Exception {
        Path articles = dir.resolve("articles");
        Reports.write(articles, ARTICLES);
        List<Path> files = ArticleLoader.articleFiles(List.of(articles));

        // what each article's graph holds when whole
        ReferenceData ref = ReferenceData.load();
        Map<String, Long> whole = new HashMap<>();
        for (Path f : files) {
            var article = new ArticleReader().read(f);
            whole.put(ArticleGraph.graphName(article.id()).getURI(),
                    (long) new ArticleGraph(ref).build(new Extractor(ref).extract(article)).size());
        }

        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            LiaisonServer server = LiaisonServer.create().port(0).dataset(store.dataset()).build().start();
            String endpoint = "http://localhost:" + server.port() + "/kg/sparql";
            AtomicBoolean loading = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            List<Thread> readers = List.of(reader(endpoint, loading, whole, seen), reader(endpoint, loading, whole, seen));
            readers.forEach(Thread::start);
            try {
                ArticleLoader loader = new ArticleLoader(store);
                for (int round = 0; round < 2; round++)       // load, then reload: replacing must not show halves either
                    for (Path f : files)
                        assertThat(loader.load(f)).isInstanceOf(ArticleLoader.Loaded.class);
            } finally {
                loading.set(false);
                for (Thread t : readers)
                    t.join();
                server.stop();
            }
            assertThat(seen).filteredOn(s -> s.startsWith("partial")).isEmpty();
            assertThat(seen).filteredOn(s -> s.startsWith("ok")).hasSizeGreaterThan(4);
            assertThat(store.articleCount()).isEqualTo(ARTICLES);
        }
    }

    private static Thread reader(String endpoint, AtomicBoolean loading, Map<String, Long> whole,
                                 ConcurrentLinkedQueue<String> seen) {
        return new Thread(() -> {
            while (loading.get()) {
                try (QueryExecHTTP qe = QueryExecHTTP.service(endpoint)
                        .query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").build()) {
                    qe.select().forEachRemaining(b -> {
                        String g = b.get("g").getURI();
                        long n = ((Number) b.get("n").getLiteralValue()).longValue();
                        if (n != whole.get(g))
                            seen.add("partial " + g + ": " + n + " of " + whole.get(g));
                    });
                    seen.add("ok");
                }
            }
        });
    }
}
