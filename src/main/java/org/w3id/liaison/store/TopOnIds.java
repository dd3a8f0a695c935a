package org.w3id.liaison.store;

import static org.w3id.liaison.store.TripleCodes.O;
import static org.w3id.liaison.store.TripleCodes.P;
import static org.w3id.liaison.store.TripleCodes.S;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.IteratorDelayedInitialization;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The first rows in order ({@code ORDER BY … LIMIT}, without {@code DISTINCT}) of one stored triple pattern,
 * or of one and an {@code OPTIONAL} of one more triple with a fixed property, picked on node ids: "the latest
 * reports", "the latest meetings". The triples are read as the codes of their ids ({@link CodeScan}); each row
 * is those codes and its sort keys ({@link SortKey#of(long, NodeTable)}) until it may be in the answer, and only
 * those rows are made into TDB2's rows, in the order {@link KeyedTopN} gives, Jena's own. Made as TDB2's rows,
 * each of the 20,000 reports of "Reports loaded" was a row with a map of its ids, then another with its
 * dateline, then a row with its keys; most of the sub-select's time went there.
 * <p>
 * The {@code OPTIONAL} is joined as {@link ScannedOptional} joins it, through a {@link PropertyPass} over the
 * property's stretch where that pays, with one difference: every row is read before any is given, so the rows
 * read while the pass goes on wait for it instead of being joined one by one, and are joined so only if it is
 * dropped. At most the rows of a pass's {@value PropertyPass#MOST_READ} triples wait.
 * <p>
 * {@link StoreExecutor} asks this first for a top of the query's start (its input is the empty row), on the
 * stored default graph, ordered by plain variables; anything else is done as before.
 */
final class TopOnIds {
    /** How often the loop over the stored rows looks whether the query has been cancelled. */
    private static final int CANCEL_CHECK = 1024;

    private final Quad left;
    /** The row's variables: the left triple's, in the order subject, property, object; then the optional's. */
    private final Var[] vars;
    /** Where in the left triple each of its variables is. */
    private final int[] leftSides;
    private final OptionalTriple optional;
    /** The variable of each sort condition, as its index in {@link #vars}, or -1 if no triple binds it. */
    private final int[] keyOf;
    private final boolean[] descending;
    private final long limit;

    /** {@code OPTIONAL { ?key p ?other }} (or {@code ?other p ?key}), keyed on a variable of the left triple. */
    private record OptionalTriple(int key, int keySide, Node property) {}

    private TopOnIds(Quad left, Var[] vars, int[] leftSides, OptionalTriple optional, int[] keyOf, boolean[] descending,
                     long limit) {
        this.left = left;
        this.vars = vars;
        this.leftSides = leftSides;
        this.optional = optional;
        this.keyOf = keyOf;
        this.descending = descending;
        this.limit = limit;
    }

    /** How this does {@code top}, or null if it does not. */
    static TopOnIds of(OpTopN top, ExecutionContext context) {
        if (context.getContext().isTrue(TDB2.symUnionDefaultGraph) || context.getContext().isDefined(SystemTDB.symTupleFilter)
                || !TDBInternal.isBackedByTDB(context.getDataset()))
            return null;
        Op below = top.getSubOp();
        Quad left = oneTriple(below instanceof OpConditional c ? c.getLeft() : below);
        Quad right = below instanceof OpConditional c ? oneTriple(c.getRight()) : null;
        if (left == null || below instanceof OpConditional && right == null)
            return null;
        List<Var> vars = new ArrayList<>();
        List<Integer> sides = new ArrayList<>();
        for (int side = 0; side < 3; side++) {
            Node n = at(left, side);
            if (!Var.isVar(n))
                continue;
            if (vars.contains(Var.alloc(n)))
                return null;      // ?x p ?x: a row must hold the same node twice
            vars.add(Var.alloc(n));
            sides.add(side);
        }
        OptionalTriple optional = null;
        if (right != null) {
            optional = optional(right, vars);
            if (optional == null)
                return null;
            Node other = optional.keySide() == S ? right.getObject() : right.getSubject();
            vars.add(Var.alloc(other));
        }
        List<SortCondition> conditions = top.getConditions();
        int[] keyOf = new int[conditions.size()];
        for (int i = 0; i < keyOf.length; i++) {
            if (!conditions.get(i).getExpression().isVariable())
                return null;
            keyOf[i] = vars.indexOf(conditions.get(i).getExpression().asVar());
        }
        return new TopOnIds(left, vars.toArray(Var[]::new), sides.stream().mapToInt(Integer::intValue).toArray(),
                optional, keyOf, SortKey.descending(conditions), top.getLimit());
    }

    /** The subject ({@link TripleCodes#S}), property ({@link TripleCodes#P}) or object ({@link TripleCodes#O}). */
    private static Node at(Quad triple, int side) {
        return side == S ? triple.getSubject() : side == P ? triple.getPredicate() : triple.getObject();
    }

    /** The one triple of the default graph a pattern is, or null. */
    private static Quad oneTriple(Op op) {
        if (op instanceof OpQuadPattern quads && quads.getPattern().size() == 1 && Quad.isDefaultGraph(quads.getGraphNode()))
            return quads.getPattern().get(0);
        if (op instanceof OpBGP bgp && bgp.getPattern().size() == 1)
            return new Quad(Quad.defaultGraphNodeGenerated, bgp.getPattern().get(0));
        return null;
    }

    /** The optional triple keyed on one of the left triple's variables, with a fixed property and a new variable. */
    private static OptionalTriple optional(Quad right, List<Var> leftVars) {
        if (!right.getPredicate().isConcrete() || !Var.isVar(right.getSubject()) || !Var.isVar(right.getObject())
                || right.getSubject().equals(right.getObject()))
            return null;
        int bySubject = leftVars.indexOf(Var.alloc(right.getSubject()));
        int byObject = leftVars.indexOf(Var.alloc(right.getObject()));
        if (bySubject >= 0 && byObject < 0)
            return new OptionalTriple(bySubject, S, right.getPredicate());
        if (byObject >= 0 && bySubject < 0)
            return new OptionalTriple(byObject, O, right.getPredicate());
        return null;
    }

    /** The rows, made when first asked for, under {@code start}: the empty row the query starts from. */
    QueryIterator rows(Binding start, ExecutionContext context) {
        Iterator<Binding> rows = new IteratorDelayedInitialization<>() {
            @Override
            protected Iterator<Binding> initializeIterator() {
                return first(start, context).iterator();
            }
        };
        return QueryIterPlainWrapper.create(rows, context);
    }

    private List<Binding> first(Binding start, ExecutionContext context) {
        NodeTupleTable triples = StoredIds.triples(context.getDataset());
        NodeTable nodes = triples.getNodeTable();
        long[] pattern = new long[3];
        for (int side = 0; side < 3; side++) {
            Node n = at(left, side);
            pattern[side] = Var.isVar(n) ? StoredIds.NONE : StoredIds.code(nodes.getNodeIdForNode(n));
            if (!Var.isVar(n) && pattern[side] == StoredIds.NONE)
                return List.of();     // a term the store lacks: no triple has it
        }
        long property = optional == null ? StoredIds.NONE : StoredIds.code(nodes.getNodeIdForNode(optional.property()));
        KeyedTopN<Row> top = new KeyedTopN<>(byKeys(), fullOrder(start, nodes), limit);
        Joiner joiner = new Joiner(triples, property, top::add, nodes);
        AtomicBoolean cancelled = context.getCancelSignal();
        try (CodeScan scan = new CodeScan(triples.getTupleTable(), pattern[0], pattern[1], pattern[2]); joiner) {
            for (long n = 1; scan.next(); n++) {
                long[] codes = new long[vars.length];
                for (int i = 0; i < leftSides.length; i++)
                    codes[i] = scan.code(leftSides[i]);
                if (optional != null)
                    codes[vars.length - 1] = StoredIds.NONE;
                joiner.join(codes, n);
                if (n % CANCEL_CHECK == 0 && cancelled != null && cancelled.get())
                    throw new QueryCancelledException();
            }
            joiner.finish();
        }
        List<Binding> out = new ArrayList<>();
        for (Row r : top.first())
            out.add(r.stored(start, nodes));
        return out;
    }

    /** A left row's ids with the optional's variable bound too, as a row of its own: a left row may have several. */
    private long[] withOther(long[] codes, long other) {
        long[] more = codes.clone();
        more[vars.length - 1] = other;
        return more;
    }

    /** A row: the codes of the ids of {@link #vars} ({@link StoredIds#NONE} where the optional binds nothing) and their keys. */
    private final class Row {
        final long[] ids;
        final SortKey[] keys;
        private BindingTDB stored;
        private KeyedBinding keyed;

        Row(long[] ids, NodeTable nodes) {
            this.ids = ids;
            this.keys = new SortKey[keyOf.length];
            for (int i = 0; i < keys.length; i++)
                keys[i] = keyOf[i] < 0 ? SortKey.UNBOUND : SortKey.of(ids[keyOf[i]], nodes);
        }

        /** The row as TDB2 makes its rows: its ids under the row it extends, each node read when asked for. */
        BindingTDB stored(Binding start, NodeTable nodes) {
            if (stored == null) {
                BindingNodeId b = new BindingNodeId(start);
                for (int i = 0; i < ids.length; i++)
                    if (ids[i] != StoredIds.NONE)
                        b.put(vars[i], StoredIds.id(ids[i]));
                stored = new BindingTDB(b, nodes);
            }
            return stored;
        }

        KeyedBinding keyed(Binding start, NodeTable nodes) {
            if (keyed == null)
                keyed = new KeyedBinding(stored(start, nodes), keys);
            return keyed;
        }
    }

    /** By the keys alone. */
    private Comparator<Row> byKeys() {
        return (a, b) -> SortKey.compare(a.keys, b.keys, descending);
    }

    /** By the keys, ties broken as Jena breaks them, on the rows made as TDB2's. */
    private Comparator<Row> fullOrder(Binding start, NodeTable nodes) {
        Comparator<Row> byKeys = byKeys();
        return (a, b) -> {
            int c = byKeys.compare(a, b);
            return c != 0 ? c : KeyedBinding.compareTies(a.keyed(start, nodes), b.keyed(start, nodes));
        };
    }

    /**
     * Joins each left row with the optional triple, if there is one, and hands on the rows: through a pass
     * over the property's stretch while it may pay (the rows read meanwhile wait for it), one by one otherwise.
     */
    private final class Joiner implements AutoCloseable {
        private final NodeTupleTable triples;
        private final long property;
        private final Consumer<Row> out;
        private final NodeTable nodes;
        private PropertyPass pass;
        private IdTable table;
        private final ArrayDeque<long[]> waiting = new ArrayDeque<>();

        Joiner(NodeTupleTable triples, long property, Consumer<Row> out, NodeTable nodes) {
            this.triples = triples;
            this.property = property;
            this.out = out;
            this.nodes = nodes;
            if (property != StoredIds.NONE)
                pass = new PropertyPass(triples, property, optional.keySide());
        }

        /** The {@code n}th left row. */
        void join(long[] ids, long n) {
            if (optional == null || property == StoredIds.NONE) {
                out.accept(new Row(ids, nodes));
                return;
            }
            if (pass != null && !pass.over()) {
                table = pass.keepUpWith(n);
                if (!pass.over()) {
                    waiting.add(ids);
                    return;
                }
                release();
            }
            joinOne(ids);
        }

        /** The left rows have all been read: the pass, still going, is dropped, and the rows waiting joined one by one. */
        void finish() {
            close();
            release();
        }

        private void release() {
            for (long[] w = waiting.poll(); w != null; w = waiting.poll())
                joinOne(w);
        }

        private void joinOne(long[] ids) {
            long key = ids[optional.key()];
            int found = 0;
            if (table != null) {
                for (int i = table.first(key); i >= 0; i = table.next(i), found++)
                    out.accept(new Row(withOther(ids, table.code(i)), nodes));
            } else {
                boolean bySubject = optional.keySide() == S;
                try (CodeScan triple = new CodeScan(triples.getTupleTable(), bySubject ? key : StoredIds.NONE, property,
                        bySubject ? StoredIds.NONE : key)) {
                    for (; triple.next(); found++)
                        out.accept(new Row(withOther(ids, triple.code(O - optional.keySide())), nodes));
                }
            }
            if (found == 0)
                out.accept(new Row(ids, nodes));
        }

        @Override
        public void close() {
            if (pass != null)
                pass.close();
        }
    }
}
