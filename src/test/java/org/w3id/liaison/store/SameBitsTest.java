package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An integer held inline in its id and a term stored at the node table offset of the same number have ids
 * that {@code NodeId.equals} takes as equal (it compares the 56 bits of value, not the type). The steps that
 * work on ids tell them apart: on two real TDB2 databases, each of 150 subjects holds, as values of one
 * property, a term and the integer that is the term's offset, and the queries that join, sort and group them
 * give Jena's own rows; a lookup of many subjects' values reads each value as itself.
 */
class SameBitsTest {
    private static final String EX = "http://example.org/";

    @TempDir
    static Path dir;

    private static SideBySide stores;

    @BeforeAll
    static void termsAndTheIntegersOfTheirOffsets() {
        List<Quad> terms = new ArrayList<>();
        for (int i = 0; i < 150; i++)
            terms.add(Quad.create(Quad.defaultGraphIRI, iri("terms"), iri("named"), iri("t" + i)));
        stores = new SideBySide(dir, terms);
        List<Quad> more = new ArrayList<>();
        Txn.executeRead(stores.ours, () -> {
            NodeTable table = StoredIds.triples(stores.ours).getNodeTable();
            for (Quad q : terms) {
                NodeId id = table.getNodeIdForNode(q.getObject());
                Node s = iri("s" + id.getPtrLocation());
                Node sameBits = NodeFactory.createLiteralDT(Long.toString(id.getPtrLocation()), XSDDatatype.XSDinteger);
                more.add(Quad.create(Quad.defaultGraphIRI, s, iri("q"), sameBits));
                more.add(Quad.create(Quad.defaultGraphIRI, s, iri("p"), sameBits));
                more.add(Quad.create(Quad.defaultGraphIRI, s, iri("p"), q.getObject()));
            }
        });
        for (DatasetGraph dataset : List.of(stores.ours, stores.tdb2s))
            Txn.executeWrite(dataset, () -> more.forEach(dataset::add));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // an OPTIONAL over a long left side, through one pass: the integer matches, the term does not
        "SELECT ?s ?o { ?s ex:q ?o OPTIONAL { ?s ex:p ?o } }",
        // ties broken on ids: the term before the integer, as RDF terms order them
        "SELECT ?s ?o { { ?s ex:q ?o } UNION { ?s ex:p ?o } } ORDER BY ?s",
        "SELECT ?s ?o { { ?s ex:q ?o } UNION { ?s ex:p ?o } } ORDER BY ?s LIMIT 40",
        // groups on ids: two values, not one
        "SELECT ?o (COUNT(*) AS ?n) { ?s ex:p ?o } GROUP BY ?o",
        "SELECT ?s (COUNT(DISTINCT ?o) AS ?n) { ?s ex:p ?o } GROUP BY ?s",
    })
    void tellsThemApart(String query) {
        stores.assertSameRows("PREFIX ex: <" + EX + ">\n" + query);
    }

    @Test
    void batchLookupsReadEachValueAsItself() {
        List<Node> subjects = Txn.calculateRead(stores.ours, () -> stores.ours.getDefaultGraph()
                .find(Node.ANY, iri("q"), Node.ANY).mapWith(t -> t.getSubject()).toList());
        Txn.executeRead(stores.ours, () -> {
            Map<Node, List<Node>> batch = new BatchLookup(stores.ours).objectsOf(subjects, iri("p"));
            for (Node s : subjects)
                assertThat(batch.get(s)).as("%s", s).containsExactlyInAnyOrderElementsOf(
                        stores.ours.getDefaultGraph().find(s, iri("p"), Node.ANY).mapWith(t -> t.getObject()).toList());
        });
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }
}
