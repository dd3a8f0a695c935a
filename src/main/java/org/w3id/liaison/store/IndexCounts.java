package org.w3id.liaison.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The counts of the dataset's description that read a whole index, taken from TDB2's indexes as node ids:
 * SPARQL would turn every id it passes into a node first, and on 20,000 reports the three scans took 3–7 s
 * of every load. Call inside a transaction.
 */
final class IndexCounts {
    private final DatasetGraphTDB tdb;

    IndexCounts(DatasetGraph dsg) {
        this.tdb = TDBInternal.getDatasetGraphTDB(dsg);
    }

    /** The quads of all named graphs: {@code SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }}. */
    long quads() {
        return tdb.getQuadTable().getNodeTupleTable().getTupleTable().size();
    }

    /** The properties of the default graph: {@code SELECT DISTINCT ?p { ?s ?p ?o }}. */
    List<Node> properties() {
        NodeTupleTable triples = tdb.getTripleTable().getNodeTupleTable();
        Set<NodeId> ids = new HashSet<>();
        for (Iterator<Tuple<NodeId>> it = triples.getTupleTable().getIndex(0).all(); it.hasNext(); )
            ids.add(it.next().get(1));
        List<Node> out = new ArrayList<>();
        ids.forEach(id -> out.add(triples.getNodeTable().getNodeForNodeId(id)));
        return out;
    }

    /** The subjects of the default graph with a value for a property: {@code COUNT(DISTINCT ?s) { ?s p ?o }}. */
    long subjectsWith(Node property) {
        NodeTupleTable triples = tdb.getTripleTable().getNodeTupleTable();
        NodeId p = triples.getNodeTable().getNodeIdForNode(property);
        if (NodeId.isDoesNotExist(p))
            return 0;
        Set<NodeId> subjects = new HashSet<>();
        Iterator<Tuple<NodeId>> it = triples.getTupleTable().find(TupleFactory.tuple(NodeId.NodeIdAny, p, NodeId.NodeIdAny));
        while (it.hasNext())
            subjects.add(it.next().get(0));
        return subjects.size();
    }
}
