package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.ConsoleExamples;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.authority.LinkTarget;
import org.w3id.liaison.link.Reconciler;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/** The console's example queries, read from its page: each is valid SPARQL, and the federated one joins. */
class ConsoleExamplesTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleIsValidSparql() throws Exception {
        Map<String, String> examples = ConsoleExamples.all();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        examples.forEach((name, query) -> assertThat(QueryFactory.create(query)).as(name).isNotNull());
    }

    @Test
    void theInitiativesExampleCountsAndNamesWhoBacksEach() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            new ArticleLoader(store).load(Fixtures.SEED);
            Node unbacked = NodeFactory.createURI("https://example.org/initiative/unbacked");   // named, backed by no one
            store.replace(NodeFactory.createURI("https://example.org/graph"), graph(
                    Triple.create(unbacked, RDF.type.asNode(), LIA.Initiative),
                    Triple.create(unbacked, LIA.label, NodeFactory.createLiteralLang("Unbacked Initiative", "en"))));
            String example = ConsoleExamples.all().get("Initiatives and who backs them");
            List<String> rows = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(example)
                    .select().forEachRemaining(row -> rows.add(row.get("initiative").getLiteralLexicalForm() + " | "
                            + row.get("backers").getLiteralLexicalForm() + " | "
                            + (row.get("who") == null ? "-" : row.get("who").getLiteralLexicalForm()))));

            assertThat(rows).containsExactly("Belt and Road Initiative | 1 | Cuba", "Global Civilization Initiative | 1 | China",
                    "Global Development Initiative | 1 | China", "Global Security Initiative | 1 | China",
                    "Unbacked Initiative | 0 | -");
        }
    }

    private static Graph graph(Triple... triples) {
        Graph graph = GraphFactory.createGraphMem();
        for (Triple t : triples)
            graph.add(t);
        return graph;
    }

    @Test
    void theWikidataExampleJoinsOfficialsWhoMetCubanOfficialsWithTheirBirthDates() throws Exception {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, Fixtures.testing("wikidata-fixture.ttl").toString());
        FusekiServer wikidata = FusekiServer.create().loopback(true).port(0).add("/wd", fixture, false).build().start();
        String fixtureEndpoint = "http://localhost:" + wikidata.getHttpPort() + "/wd/sparql";
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            new ArticleLoader(store).load(Fixtures.SEED);
            new Reconciler(store, fixtureEndpoint, 0.9).run(true, d -> {});
            LiaisonServer server = LiaisonServer.create().port(0).dataset(store.dataset())
                    .allowServices(List.of(fixtureEndpoint)).build().start();
            try {
                String query = ConsoleExamples.all().entrySet().stream().filter(e -> e.getKey().startsWith("Wikidata")).findFirst()
                        .orElseThrow().getValue().replace(LinkTarget.WIKIDATA.sparqlEndpoint(), fixtureEndpoint);
                try (QueryExecHTTP qe = QueryExecHTTP.service("http://localhost:" + server.port() + "/kg/sparql").query(query).build()) {
                    RowSet rows = qe.select();
                    var row = rows.next();
                    assertThat(row.get("name").getLiteralLexicalForm()).isEqualTo("Cai Qi");
                    assertThat(row.get("born").getLiteralLexicalForm()).startsWith("1955-12-05");
                    assertThat(rows.hasNext()).isFalse();
                }
            } finally {
                server.stop();
            }
        } finally {
            wikidata.stop();
        }
    }
}
