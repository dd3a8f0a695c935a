package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.ontology.LIA;

/** The store on a real TDB2 database in a temporary folder: named graphs, and their union kept as the default graph. */
class KnowledgeStoreTest {

    @TempDir
    Path dir;

    private static final Node A = iri("article/a"), B = iri("article/b");
    private static final Node CPC = iri("party/cpc"), CAI_QI = iri("official/cai-qi"), LI = iri("official/li");
    private static final Triple CPC_LABEL = Triple.create(CPC, LIA.label, NodeFactory.createLiteralLang("Communist Party of China", "en"));

    @Test
    void theDefaultGraphHoldsEachTripleOfTheNamedGraphsOnce() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            store.replaceAll(Map.of(A, graph(CPC_LABEL, member(CAI_QI)), B, graph(CPC_LABEL, member(LI))));

            assertThat(defaultGraph(store)).containsExactlyInAnyOrder(CPC_LABEL, member(CAI_QI), member(LI));
            assertThat(store.quadCount()).isEqualTo(4);
            assertThat(select(store, "SELECT (COUNT(*) AS ?n) { ?party rdfs:label ?name }")).isEqualTo(1);
            assertThat(select(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?party rdfs:label ?name } }")).isEqualTo(2);
        }
    }

    @Test
    void aTripleLeavesTheDefaultGraphWithTheLastGraphThatStatesIt() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            store.replaceAll(Map.of(A, graph(CPC_LABEL, member(CAI_QI)), B, graph(CPC_LABEL, member(LI))));

            store.replace(A, graph(member(LI)));                 // a no longer names the CPC; b still does
            assertThat(defaultGraph(store)).containsExactlyInAnyOrder(CPC_LABEL, member(LI));

            store.replace(B, Graph.emptyGraph);
            assertThat(defaultGraph(store)).containsExactly(member(LI));

            store.replace(A, Graph.emptyGraph);
            assertThat(defaultGraph(store)).isEmpty();
            assertThat(store.quadCount()).isZero();
        }
    }

    @Test
    void theDescriptionIsInTheUnionAndDoesNotCountItself() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            store.replace(A, graph(CPC_LABEL, member(CAI_QI)));
            store.describe();
            store.describe();
            assertThat(select(store, "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n { ?d a void:Dataset ; void:triples ?n "
                    + "FILTER(?d = <" + DatasetDescription.GRAPH.getURI() + ">) }")).isEqualTo(2);
            assertThat(defaultGraph(store)).isEqualTo(Unions.ofNamedGraphs(store));
        }
    }

    @Test
    void aDatabaseWrittenWithoutTheUnionDerivesItOnOpening() throws Exception {
        Path db = dir.resolve("db");
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(db.toString());   // as tdb2.tdbloader leaves a dump
        Txn.executeWrite(plain, () -> {
            plain.addGraph(A, graph(CPC_LABEL, member(CAI_QI)));
            plain.addGraph(B, graph(CPC_LABEL, member(LI)));
        });
        TDBInternal.expel(plain);

        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertThat(defaultGraph(store)).containsExactlyInAnyOrder(CPC_LABEL, member(CAI_QI), member(LI));
        }
    }

    @Test
    void anExportHoldsTheNamedGraphsOnly() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            store.replaceAll(Map.of(A, graph(CPC_LABEL, member(CAI_QI)), B, graph(CPC_LABEL, member(LI))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(out, RDFFormat.NQUADS);

            DatasetGraph back = DatasetGraphFactory.create();
            RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
            assertThat(back.getDefaultGraph().isEmpty()).isTrue();
            assertThat(back.getGraph(A).size()).isEqualTo(2);
            assertThat(back.getGraph(B).size()).isEqualTo(2);
        }
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(LIA.ID + path);
    }

    private static Triple member(Node official) {
        return Triple.create(official, LIA.memberOfParty, CPC);
    }

    private static Graph graph(Triple... triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : triples)
            g.add(t);
        return g;
    }

    private static Set<Triple> defaultGraph(KnowledgeStore store) {
        return Unions.stored(store);
    }

    private static long select(KnowledgeStore store, String query) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> Long.parseLong(QueryExec.dataset(dsg).query(LIA.SPARQL_PROLOGUE + query)
                .select().next().get("n").getLiteralLexicalForm()));
    }
}
