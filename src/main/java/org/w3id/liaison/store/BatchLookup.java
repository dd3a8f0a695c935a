package org.w3id.liaison.store;

import static org.w3id.liaison.store.TripleCodes.O;
import static org.w3id.liaison.store.TripleCodes.P;
import static org.w3id.liaison.store.TripleCodes.S;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One property of many things of the default graph at once: the dates of an official's 8,000 meetings, the
 * meetings of a party's 400 members. Asked thing by thing, each answer is a descent of an index (3–4 µs on a
 * 20,000-report database); one pass over the property's stretch of the POS index, as the codes of node ids
 * ({@link CodeScan}), reads 20 to 30 triples in that time (27,000 in 2.4–4.6 ms) and turns into nodes only the
 * answers. The pass stops once
 * it has read {@value #TRIPLES_PER_LOOKUP} triples per thing asked — the property's stretch is as long as the
 * data is big, the things asked may be few — and the things it has not met by then are looked up one by one:
 * never much more than twice the cheaper way.
 *
 * <p>Things found are kept as their ids ({@link Things}), and values ({@link Values}) become nodes only when
 * read: a page counts and dates thousands of facts and shows two hundred of them. Call inside a read
 * transaction; an instance remembers the ids and nodes it has met for its next lookups, so make one per
 * transaction. Over a dataset that is not TDB2 the same steps run on ids given here to its nodes.
 *
 * <pre>{@code
 * BatchLookup lookup = new BatchLookup(dsg);
 * Things meetings = lookup.subjects(LIA.participant, official);
 * Values dates = lookup.values(meetings, LIA.date);
 * Node first = dates.first(meetings, 0);
 * Map<Node, List<Node>> met = lookup.subjectsOf(members, LIA.participant);
 * }</pre>
 */
public final class BatchLookup {
    /** Triples of a scan that cost about one lookup of a thing (measured on the 20,000-report database). */
    static final int TRIPLES_PER_LOOKUP = 32;
    /** Fewer things than this are looked up one by one: a scan would not pay for its start. */
    private static final int SCAN_FROM = 64;

    private final int triplesPerLookup;
    private final TupleTable triples;       // TDB2's, or null and the local ids
    private final NodeTable table;
    private final LocalIds local;
    /**
     * Node to id and id to node, for every thing asked and every value read, kept for the next lookup: a page
     * asks several properties of the same facts, a value found is often asked about next (a party's members'
     * meetings, then their dates), and values repeat (a day, a post).
     */
    private final Map<Node, NodeId> ids = new HashMap<>();
    private final Map<StoredIds.Key, Node> nodes = new HashMap<>();

    public BatchLookup(DatasetGraph dsg) {
        this(dsg, TRIPLES_PER_LOOKUP);
    }

    /** With another budget per thing: tests make scans stop early. */
    BatchLookup(DatasetGraph dsg, int triplesPerLookup) {
        this.triplesPerLookup = triplesPerLookup;
        if (TDBInternal.isBackedByTDB(dsg)) {
            var stored = StoredIds.triples(dsg);
            this.triples = stored.getTupleTable();
            this.table = stored.getNodeTable();
            this.local = null;
        } else {
            this.triples = null;
            this.table = null;
            this.local = new LocalIds(dsg.getDefaultGraph());
        }
    }

    /**
     * The subjects of {@code (?, property, object)}, each once, in index order: the facts that point at a
     * thing by a role, as ids (the busiest official: 8,000 facts, of which a page shows 200).
     */
    public Things subjects(Node property, Node object) {
        NodeId p = id(property);
        NodeId o = id(object);
        if (absent(p) || absent(o))
            return new Things(this, List.of());
        List<NodeId> out = new ArrayList<>();
        try (TripleCodes rows = find(NodeId.NodeIdAny, p, o)) {
            while (rows.next())
                out.add(StoredIds.id(rows.code(S)));
        }
        return new Things(this, out);
    }

    /**
     * The statements whose object is the thing, in index order, leaving out those by one of the properties from
     * one of the subjects given (a thing's facts, which a page shows whole): at most {@code most}. Those left out
     * are passed over as ids; only the statements kept become nodes (the busiest official is the object of
     * 8,000 statements by his facts).
     */
    public List<Triple> pointingAt(Node object, List<Node> properties, Things from, int most) {
        List<Triple> out = new ArrayList<>();
        NodeId o = id(object);
        if (absent(o) || most <= 0)
            return out;
        IdTable passed = new IdTable(properties.size());
        for (Node p : properties) {
            NodeId id = id(p);
            if (!absent(id))
                passed.add(id, id);
        }
        IdTable facts = from.set();
        try (TripleCodes rows = find(NodeId.NodeIdAny, NodeId.NodeIdAny, o)) {
            while (out.size() < most && rows.next()) {
                long s = rows.code(S), p = rows.code(P);
                if (passed.first(p) < 0 || facts.first(s) < 0)
                    out.add(Triple.create(node(StoredIds.id(s)), node(StoredIds.id(p)), object));
            }
        }
        return out;
    }

    /** The things named, as a lookup's things (those the data does not hold left out). */
    public Things things(Collection<Node> named) {
        List<NodeId> out = new ArrayList<>(named.size());
        for (Node n : named) {
            NodeId id = id(n);
            if (!absent(id))
                out.add(id);
        }
        return new Things(this, out).distinct();
    }

    /** The values of the property of each of the things, read when asked for. */
    public Values values(Things things, Node property) {
        return new Values(this, lookup(things, property, S));
    }

    /** The subjects of {@code (?, property, o)} for each of the objects, each once: a party's members' meetings. */
    public Things subjectsOf(Things objects, Node property) {
        IdTable found = lookup(objects, property, O);
        List<NodeId> out = new ArrayList<>();
        for (NodeId o : objects.ids())
            for (int i = found.first(o); i >= 0; i = found.next(i))
                out.add(found.value(i));
        return new Things(this, out).distinct();
    }

    /**
     * For each subject with a value of the property, one value: the first in index order (a property of at
     * most one value per subject, such as a date, has no other). Subjects without one are not in the map.
     */
    public Map<Node, Node> objects(Collection<Node> subjects, Node property) {
        Map<Node, Node> out = new HashMap<>(capacity(subjects.size()));
        byNode(subjects, property, S).forEach((s, values) -> out.put(s, values.get(0)));
        return out;
    }

    /** For each subject with values of the property, all of them. */
    public Map<Node, List<Node>> objectsOf(Collection<Node> subjects, Node property) {
        return byNode(subjects, property, S);
    }

    /** For each object, the subjects that have it as a value of the property: {@code ?s property object}. */
    public Map<Node, List<Node>> subjectsOf(Collection<Node> objects, Node property) {
        return byNode(objects, property, O);
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
        Map<NodeId, Node> asked = new LinkedHashMap<>();
        for (Node p : properties) {
            NodeId id = id(p);
            if (!absent(id))
                asked.put(id, p);
        }
        if (asked.isEmpty())
            return out;
        for (Node t : things) {
            NodeId s = id(t);
            if (absent(s))
                continue;
            Set<NodeId> missing = new HashSet<>(asked.keySet());
            try (TripleCodes all = find(s, NodeId.NodeIdAny, NodeId.NodeIdAny)) {
                for (long budget = (long) asked.size() * triplesPerLookup; !missing.isEmpty() && budget > 0 && all.next(); budget--) {
                    NodeId p = StoredIds.id(all.code(P));
                    if (missing.remove(p))
                        out.add(Triple.create(t, asked.get(p), node(StoredIds.id(all.code(O)))));
                }
                if (!missing.isEmpty() && all.more())
                    for (NodeId p : missing)
                        try (TripleCodes one = find(s, p, NodeId.NodeIdAny)) {
                            if (one.next())
                                out.add(Triple.create(t, asked.get(p), node(StoredIds.id(one.code(O)))));
                        }
            }
        }
        return out;
    }

    /** The nodes' lookups, by node: each node asked that has values, with all of them. */
    private Map<Node, List<Node>> byNode(Collection<Node> asked, Node property, int side) {
        Things things = things(asked);
        Values values = new Values(this, lookup(things, property, side));
        Map<Node, List<Node>> out = new LinkedHashMap<>(capacity(things.size()));
        for (int i = 0; i < things.size(); i++) {
            List<Node> all = values.all(things, i);
            if (!all.isEmpty())
                out.put(things.node(i), all);
        }
        return out;
    }

    /** The other ends of the property's triples at each thing, which stands at {@code side} (S or O). */
    private IdTable lookup(Things things, Node property, int side) {
        List<NodeId> asked = things.ids();
        IdTable found = new IdTable(asked.size());
        NodeId p = id(property);
        if (absent(p) || asked.isEmpty())
            return found;
        int other = O - side;
        boolean scanned = false;
        if (asked.size() >= SCAN_FROM) {
            IdTable wanted = things.set();      // made once for the things' lookups (a page's facts: four)
            try (TripleCodes scan = find(NodeId.NodeIdAny, p, NodeId.NodeIdAny)) {
                long budget = (long) asked.size() * triplesPerLookup;
                while (budget-- > 0 && scan.next()) {
                    long thing = scan.code(side);
                    if (wanted.first(thing) >= 0)
                        found.add(thing, scan.code(other));
                }
                // a stretch longer than the lookups it replaces: what the pass may have missed, one by one (a
                // thing it met may have more triples further on)
                scanned = !scan.more();
            }
        }
        if (!scanned) {
            found = new IdTable(asked.size());
            for (NodeId id : asked) {
                try (TripleCodes one = side == S ? find(id, p, NodeId.NodeIdAny) : find(NodeId.NodeIdAny, p, id)) {
                    while (one.next())
                        found.add(StoredIds.code(id), one.code(other));
                }
            }
        }
        return found;
    }

    /**
     * A map's capacity for this many entries without growing: the maps of a lookup hold up to one entry per
     * thing asked, and a page asks about thousands (growing them was 7% of the busiest page's time).
     */
    private static int capacity(int entries) {
        return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
    }

    /**
     * The triples with these ids ({@code NodeIdAny}: any), as the codes of their ids: no object is made for a
     * triple of TDB2's ({@link CodeScan}).
     */
    private TripleCodes find(NodeId s, NodeId p, NodeId o) {
        return local != null ? TripleCodes.of(local.find(s, p, o)) : new CodeScan(triples, code(s), code(p), code(o));
    }

    private static long code(NodeId id) {
        return NodeId.isAny(id) ? StoredIds.NONE : StoredIds.code(id);
    }

    /**
     * The id of a node, looked up once. The node is kept with an id that points into the node table, which
     * holds that very term, so that it need not be decoded back; not with an inline value's id, which other
     * terms of the same value share ("01" and "1" as integers), and which is decoded as TDB2 decodes it.
     */
    private NodeId id(Node n) {
        NodeId id = ids.get(n);
        if (id == null) {
            id = local != null ? local.id(n) : table.getNodeIdForNode(n);
            ids.put(n, id);
            if (id.isPtr())
                nodes.putIfAbsent(new StoredIds.Key(id), n);
        }
        return id;
    }

    private static boolean absent(NodeId id) {
        return NodeId.isDoesNotExist(id);
    }

    /** The node of an id, decoded once; the id kept with it for the lookups after, which ask by node. */
    Node node(NodeId id) {
        StoredIds.Key key = new StoredIds.Key(id);
        Node n = nodes.get(key);
        if (n == null) {
            n = local != null ? local.node(id) : table.getNodeForNodeId(id);
            nodes.put(key, n);
            ids.putIfAbsent(n, id);
        }
        return n;
    }

    /** Whether the node is one of the things: its id looked up, not the things turned into nodes. */
    boolean holds(IdTable set, Node n) {
        NodeId id = id(n);
        return !absent(id) && set.first(id) >= 0;
    }

    /**
     * Ids for the nodes of a graph that has none of its own (an in-memory dataset): numbered as met, so that
     * the same steps run on them.
     */
    private static final class LocalIds {
        private final Graph graph;
        private final Map<Node, NodeId> ids = new HashMap<>();
        private final List<Node> nodes = new ArrayList<>();

        LocalIds(Graph graph) {
            this.graph = graph;
        }

        /** The node's id; none for a node the graph does not use, as TDB2's node table would have none. */
        NodeId id(Node n) {
            return ids.computeIfAbsent(n, k -> {
                if (!graph.contains(k, Node.ANY, Node.ANY) && !graph.contains(Node.ANY, k, Node.ANY)
                        && !graph.contains(Node.ANY, Node.ANY, k))
                    return NodeId.NodeDoesNotExist;
                nodes.add(k);
                return NodeIdFactory.createPtr(nodes.size() - 1);
            });
        }

        Node node(NodeId id) {
            return nodes.get((int) id.getPtrLocation());
        }

        Iterator<Tuple<NodeId>> find(NodeId s, NodeId p, NodeId o) {
            return graph.find(node(s, Node.ANY), node(p, Node.ANY), node(o, Node.ANY))
                    .mapWith(t -> TupleFactory.tuple(id(t.getSubject()), id(t.getPredicate()), id(t.getObject())));
        }

        private Node node(NodeId id, Node any) {
            return NodeId.isAny(id) ? any : node(id);
        }
    }
}
