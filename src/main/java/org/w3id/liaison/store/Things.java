package org.w3id.liaison.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;

/**
 * Things a {@link BatchLookup} found, each once, in the order found, held as their node ids: counted, tested
 * and asked about again without becoming nodes, which only those read ({@link #node}) do. The busiest
 * official takes part in 8,000 facts; his page counts and dates them all and shows 200.
 */
public final class Things {
    private final BatchLookup lookup;
    private final List<NodeId> ids;
    private IdTable set;

    Things(BatchLookup lookup, List<NodeId> ids) {
        this.lookup = lookup;
        this.ids = ids;
    }

    public int size() {
        return ids.size();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The i-th thing's node. */
    public Node node(int i) {
        return lookup.node(ids.get(i));
    }

    /** Every thing's node, in order. */
    public List<Node> nodes() {
        List<Node> out = new ArrayList<>(ids.size());
        for (NodeId id : ids)
            out.add(lookup.node(id));
        return out;
    }

    /** Whether the node is one of these things. */
    public boolean contains(Node n) {
        return lookup.holds(set(), n);
    }

    /** These things, then those of the other not among them (both from the same lookup). */
    public Things plus(Things other) {
        List<NodeId> all = new ArrayList<>(ids.size() + other.ids.size());
        all.addAll(ids);
        all.addAll(other.ids);
        return new Things(lookup, all).distinct();
    }

    List<NodeId> ids() {
        return ids;
    }

    /** The same things, each once. */
    Things distinct() {
        IdTable seen = new IdTable(ids.size());
        List<NodeId> out = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            if (seen.first(id) >= 0)
                continue;
            if (!seen.add(id, id))
                throw new IllegalStateException("not an id TDB2 stores: " + id);
            out.add(id);
        }
        Things things = new Things(lookup, out);
        things.set = seen;
        return things;
    }

    /** The things as a table of ids, to test for one (each its own value). */
    IdTable set() {
        if (set == null)
            set = distinct().set;
        return set;
    }
}
