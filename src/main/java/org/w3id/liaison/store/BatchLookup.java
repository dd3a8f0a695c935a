package org.w3id.liaison.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One property of many things of the default graph at once: the dates of an official's 8,000 meetings, the
 * meetings of a party's 400 members. Asked thing by thing, each answer is a descent of an index (3–4 µs on a
 * 20,000-report database); one pass over the property's stretch of the POS index, as node ids, reads 20 to
 * 30 triples in that time (27,000 in 2.4–4.6 ms) and turns into nodes only the answers. The pass stops once
 * it has read {@value #TRIPLES_PER_LOOKUP} triples per thing asked — the property's stretch is as long as the
 * data is big, the things asked may be few — and the things it has not met by then are looked up one by one:
 * never much more than twice the cheaper way. Call inside a read transaction; an instance remembers the ids
 * and nodes it has met for its next lookups, so make one per transaction.
 *
 * <pre>{@code
 * Map<Node, Node> dates = new BatchLookup(dsg).objects(meetings, LIA.date);
 * Map<Node, List<Node>> meetings = new BatchLookup(dsg).subjectsOf(members, LIA.participant);
 * }</pre>
 */
public final class BatchLookup {
    /** Triples of a scan that cost about one lookup of a thing (measured on the 20,000-report database). */
    static final int TRIPLES_PER_LOOKUP = 32;
    /** Fewer things than this are looked up one by one: a scan would not pay for its start. */
    private static final int SCAN_FROM = 64;
    private static final int S = 0;
    private static final int O = 2;

    private final DatasetGraph dsg;
    private final int triplesPerLookup;
    /**
     * Node to id and id to node, for every thing asked and every value found, kept for the next lookup: a page
     * asks several properties of the same 8,000 facts, a value found is often asked about next (a party's
     * members' meetings, then their dates), and values repeat (a day, a post).
     */
    private final Map<Node, NodeId> ids = new HashMap<>();
    private final Map<StoredIds.Key, Node> nodes = new HashMap<>();

    public BatchLookup(DatasetGraph dsg) {
        this(dsg, TRIPLES_PER_LOOKUP);
    }

    /** With another budget per thing: tests make scans stop early. */
    BatchLookup(DatasetGraph dsg, int triplesPerLookup) {
        this.dsg = dsg;
        this.triplesPerLookup = triplesPerLookup;
    }

    /**
     * For each subject with a value of the property, one value: the first in index order (a property of at
     * most one value per subject, such as a date, has no other). Subjects without one are not in the map.
     */
    public Map<Node, Node> objects(Collection<Node> subjects, Node property) {
        Map<Node, List<Node>> found = lookup(subjects, property, S);
        Map<Node, Node> out = new HashMap<>(capacity(found.size()));
        found.forEach((s, values) -> out.put(s, values.get(0)));
        return out;
    }

    /** For each subject with values of the property, all of them. */
    public Map<Node, List<Node>> objectsOf(Collection<Node> subjects, Node property) {
        return lookup(subjects, property, S);
    }

    /** For each object, the subjects that have it as a value of the property: {@code ?s property object}. */
    public Map<Node, List<Node>> subjectsOf(Collection<Node> objects, Node property) {
        return lookup(objects, property, O);
    }

    /**
     * The subjects of {@code (?, property, object)}, each once, in index order: the facts that point at a
     * thing by a role. Their ids, read with them, are kept for the lookups that follow, which would otherwise
     * turn each node back into its id (the busiest official: 8,000 facts). So are those of every value a
     * lookup finds (the meetings of a party's members, then asked for their dates).
     */
    public Set<Node> subjects(Node property, Node object) {
        Set<Node> out = new LinkedHashSet<>();
        if (!TDBInternal.isBackedByTDB(dsg)) {
            dsg.getDefaultGraph().find(Node.ANY, property, object).forEach(t -> out.add(t.getSubject()));
            return out;
        }
        NodeTupleTable triples = StoredIds.triples(dsg);
        NodeTable table = triples.getNodeTable();
        NodeId p = table.getNodeIdForNode(property);
        NodeId o = ids.computeIfAbsent(object, table::getNodeIdForNode);
        if (NodeId.isDoesNotExist(p) || NodeId.isDoesNotExist(o))
            return out;
        Iterator<Tuple<NodeId>> rows = triples.getTupleTable().find(TupleFactory.tuple(NodeId.NodeIdAny, p, o));
        try {
            rows.forEachRemaining(row -> out.add(node(row.get(S), table)));
        } finally {
            Iter.close(rows);
        }
        return out;
    }

    /**
     * For each thing, the first triple of each of the properties that it has, in index order: what names the
     * things a page links to (type, label, headline). A thing holds a few statements, so they are read in one
     * descent of the SPO index as node ids, and only the triples kept become nodes, instead of one descent per
     * property. The first of a property is the triple a lookup of it would give first: both read the thing's
     * stretch of that index in order. A thing with more than {@value #TRIPLES_PER_LOOKUP} statements per
     * property asked is read property by property for those not yet met.
     */
    public List<Triple> firstOfEach(Collection<Node> things, List<Node> properties) {
        List<Triple> out = new ArrayList<>();
        if (!TDBInternal.isBackedByTDB(dsg)) {
            for (Node t : things)
                for (Node p : properties)
                    first(dsg.getDefaultGraph().find(t, p, Node.ANY), out);
            return out;
        }
        NodeTupleTable triples = StoredIds.triples(dsg);
        NodeTable table = triples.getNodeTable();
        Map<NodeId, Node> asked = new LinkedHashMap<>();
        for (Node p : properties) {
            NodeId id = table.getNodeIdForNode(p);
            if (!NodeId.isDoesNotExist(id))
                asked.put(id, p);
        }
        if (asked.isEmpty())
            return out;
        for (Node t : things) {
            NodeId s = ids.computeIfAbsent(t, table::getNodeIdForNode);
            if (NodeId.isDoesNotExist(s))
                continue;
            Set<NodeId> missing = new HashSet<>(asked.keySet());
            Iterator<Tuple<NodeId>> all = triples.getTupleTable().find(TupleFactory.tuple(s, NodeId.NodeIdAny, NodeId.NodeIdAny));
            try {
                for (long budget = (long) asked.size() * triplesPerLookup; !missing.isEmpty() && budget > 0 && all.hasNext(); budget--) {
                    Tuple<NodeId> row = all.next();
                    if (missing.remove(row.get(1)))
                        out.add(Triple.create(t, asked.get(row.get(1)), node(row.get(2), table)));
                }
                if (!missing.isEmpty() && all.hasNext())
                    for (NodeId p : missing) {
                        Iterator<Tuple<NodeId>> one = triples.getTupleTable().find(TupleFactory.tuple(s, p, NodeId.NodeIdAny));
                        if (one.hasNext())
                            out.add(Triple.create(t, asked.get(p), node(one.next().get(2), table)));
                        Iter.close(one);
                    }
            } finally {
                Iter.close(all);
            }
        }
        return out;
    }

    private static void first(Iterator<Triple> it, List<Triple> out) {
        try {
            if (it.hasNext())
                out.add(it.next());
        } finally {
            Iter.close(it);
        }
    }

    /** The other ends of the property's triples at each thing, which stands at {@code side} (S or O). */
    private Map<Node, List<Node>> lookup(Collection<Node> things, Node property, int side) {
        Map<Node, List<Node>> out = new LinkedHashMap<>(capacity(things.size()));
        if (things.size() < SCAN_FROM || !TDBInternal.isBackedByTDB(dsg)) {
            for (Node t : things)
                one(t, property, side, out);
            return out;
        }
        NodeTupleTable triples = StoredIds.triples(dsg);
        NodeTable table = triples.getNodeTable();
        NodeId p = table.getNodeIdForNode(property);
        if (NodeId.isDoesNotExist(p))
            return out;
        // the things asked and their ids in the order asked; the ids also as a table, for the pass to test
        List<Node> asked = new ArrayList<>(things.size());
        List<NodeId> askedIds = new ArrayList<>(things.size());
        IdTable wanted = new IdTable(things.size());
        for (Node t : things) {
            NodeId id = ids.computeIfAbsent(t, table::getNodeIdForNode);
            if (NodeId.isDoesNotExist(id) || wanted.first(id) >= 0)
                continue;
            if (!wanted.add(id, id)) {      // an id TDB2 would not store: thing by thing
                for (Node each : things)
                    one(each, property, side, out);
                return out;
            }
            asked.add(t);
            askedIds.add(id);
        }
        int other = O - side;
        IdTable found = new IdTable(asked.size());
        Iterator<Tuple<NodeId>> scan = triples.getTupleTable().find(TupleFactory.tuple(NodeId.NodeIdAny, p, NodeId.NodeIdAny));
        try {
            long budget = (long) asked.size() * triplesPerLookup;
            while (budget-- > 0 && scan.hasNext()) {
                Tuple<NodeId> t = scan.next();
                if (wanted.first(t.get(side)) >= 0)
                    found.add(t.get(side), t.get(other));
            }
            if (scan.hasNext()) {
                // the stretch is longer than the lookups it replaces: what the pass may have missed, one by
                // one (a thing it met may have more triples further on)
                found = new IdTable(asked.size());
                for (NodeId id : askedIds) {
                    Tuple<NodeId> pattern = side == S ? TupleFactory.tuple(id, p, NodeId.NodeIdAny)
                            : TupleFactory.tuple(NodeId.NodeIdAny, p, id);
                    Iterator<Tuple<NodeId>> one = triples.getTupleTable().find(pattern);
                    while (one.hasNext())
                        found.add(id, one.next().get(other));
                    Iter.close(one);
                }
            }
        } finally {
            Iter.close(scan);
        }
        for (int k = 0; k < asked.size(); k++) {
            int first = found.first(askedIds.get(k));
            if (first < 0)
                continue;
            List<Node> values = new ArrayList<>(found.next(first) < 0 ? 1 : 4);
            for (int i = first; i >= 0; i = found.next(i))
                values.add(node(found.value(i), table));
            out.put(asked.get(k), values);
        }
        return out;
    }

    /**
     * A map's capacity for this many entries without growing: the maps of a lookup hold up to one entry per
     * thing asked, and a page asks about thousands (growing them was 7% of the busiest page's time).
     */
    private static int capacity(int entries) {
        return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
    }

    /** The node of an id, decoded once; the id kept with it for the lookups after, which ask by node. */
    private Node node(NodeId id, NodeTable table) {
        StoredIds.Key key = new StoredIds.Key(id);
        Node n = nodes.get(key);
        if (n == null) {
            n = table.getNodeForNodeId(id);
            nodes.put(key, n);
            ids.putIfAbsent(n, id);
        }
        return n;
    }

    private void one(Node thing, Node property, int side, Map<Node, List<Node>> out) {
        Iterator<Triple> it = side == S ? dsg.getDefaultGraph().find(thing, property, Node.ANY)
                : dsg.getDefaultGraph().find(Node.ANY, property, thing);
        try {
            it.forEachRemaining(t -> out.computeIfAbsent(thing, k -> new ArrayList<>()).add(side == S ? t.getObject() : t.getSubject()));
        } finally {
            Iter.close(it);
        }
    }
}
