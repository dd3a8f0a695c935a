package org.w3id.liaison.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** For tests: the two sides of the store's promise that its default graph is the union of its named graphs. */
public final class Unions {
    private Unions() {}

    /** The triples of the default graph, as stored. */
    public static Set<Triple> stored(KnowledgeStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> new HashSet<>(dsg.getDefaultGraph().find().toList()));
    }

    /** Every triple of every named graph, once: the union as it should be. */
    public static Set<Triple> ofNamedGraphs(KnowledgeStore store) {
        DatasetGraph dsg = store.dataset();
        Set<Triple> all = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> all.add(q.asTriple())));
        return all;
    }
}
