package org.w3id.liaison.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;

/**
 * The values of one property of many things, as a {@link BatchLookup} read them: node ids, each turned into a
 * node when first read and remembered (a day, a post: values repeat). Ask with things of the same lookup.
 */
public final class Values {
    private final BatchLookup lookup;
    private final IdTable found;

    Values(BatchLookup lookup, IdTable found) {
        this.lookup = lookup;
        this.found = found;
    }

    /** The first value, in index order, of the i-th of the things; null if it has none. */
    public Node first(Things things, int i) {
        int at = found.first(things.ids().get(i));
        return at < 0 ? null : lookup.node(found.value(at));
    }

    /** Every value of the i-th of the things, in index order. */
    public List<Node> all(Things things, int i) {
        List<Node> out = new ArrayList<>(2);
        for (int at = found.first(things.ids().get(i)); at >= 0; at = found.next(at))
            out.add(lookup.node(found.value(at)));
        return out;
    }
}
