package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading triples as the codes of their ids gives the triples TDB2's own {@code find} gives, in its order, for
 * every set of places given: a real TDB2 database of the rows of {@link StoredRows#inSets}, values of every
 * kind among them.
 */
class CodeScanTest {
    @TempDir
    static Path dir;

    private static DatasetGraph dataset;

    @BeforeAll
    static void aDatabase() {
        dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
        List<Quad> quads = StoredRows.inSets(new Random(3), StoredRows.ofEveryKind());
        Txn.executeWrite(dataset, () -> quads.forEach(dataset::add));
    }

    /** Which of subject, property and object are given: "S", "PO", "" … */
    @ParameterizedTest
    @ValueSource(strings = {"", "S", "P", "O", "SP", "PO", "SO", "SPO"})
    void readsTheTriplesTdb2Finds(String given) {
        Txn.executeRead(dataset, () -> {
            NodeTupleTable triples = StoredIds.triples(dataset);
            NodeTable nodes = triples.getNodeTable();
            // a triple whose subject, property and object each have other triples: a row with a value of ex:v
            Node s = StoredRows.iri("r0"), p = StoredRows.iri("v");
            Node o = dataset.getDefaultGraph().find(s, p, Node.ANY).next().getObject();
            NodeId[] ids = new NodeId[3];
            Node[] terms = {s, p, o};
            for (int k = 0; k < 3; k++)
                ids[k] = given.indexOf("SPO".charAt(k)) >= 0 ? nodes.getNodeIdForNode(terms[k]) : NodeId.NodeIdAny;

            List<List<NodeId>> theirs = new ArrayList<>();
            triples.getTupleTable().find(TupleFactory.create3(ids[0], ids[1], ids[2]))
                    .forEachRemaining(t -> theirs.add(List.of(t.get(0), t.get(1), t.get(2))));
            List<List<NodeId>> ours = new ArrayList<>();
            try (CodeScan scan = new CodeScan(triples.getTupleTable(), code(ids[0]), code(ids[1]), code(ids[2]))) {
                while (scan.next())
                    ours.add(List.of(StoredIds.id(scan.code(TripleCodes.S)), StoredIds.id(scan.code(TripleCodes.P)),
                            StoredIds.id(scan.code(TripleCodes.O))));
            }

            assertThat(theirs).isNotEmpty();
            assertThat(ours).containsExactlyElementsOf(theirs);
        });
    }

    /** Every id the store holds, a pointer or a value held inline, is written as a code and read back as itself. */
    @Test
    void anIdsCodeIsReadBackAsThatId() {
        Txn.executeRead(dataset, () -> {
            NodeTupleTable triples = StoredIds.triples(dataset);
            List<NodeId> all = new ArrayList<>();
            triples.getTupleTable().find(TupleFactory.create3(NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny))
                    .forEachRemaining((Tuple<NodeId> t) -> all.add(t.get(2)));

            assertThat(all).anyMatch(id -> id.isInline()).anyMatch(id -> id.isPtr());
            for (NodeId id : all) {
                NodeId back = StoredIds.id(StoredIds.code(id));
                assertThat(StoredIds.same(back, id)).as("%s", id).isTrue();
            }
        });
    }

    private static long code(NodeId id) {
        return NodeId.isAny(id) ? StoredIds.NONE : StoredIds.code(id);
    }
}
