package org.w3id.liaison.store;

import java.util.ArrayDeque;
import java.util.function.Function;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * {@code OPTIONAL { ?s p ?o }} — one triple of the default graph with a fixed property — over a long left
 * side, joined through one pass over the property's stretch of the POS index instead of a descent of an index
 * per left row. "Reports loaded" asks each of 20,000 reports for its dateline: 20,000 descents, or one read of
 * the 20,000 dateline triples.
 * <p>
 * Whether the pass pays is found out on the way: left rows are joined one by one, as {@link OptionalOnIds}
 * does, and from the {@value #SCAN_FROM}th on, a {@link PropertyPass} keeps up with them. If the stretch ends,
 * its table of node ids answers every row from then on; if the left side ends first, or the pass is dropped,
 * rows go on being joined one by one. So whatever part of the left side is read — all of it, or the first rows
 * under a {@code LIMIT} — the pass never costs much more than the descents it might replace, and no row waits
 * for it. A row that leaves the joined variable unbound is always joined by itself.
 */
final class ScannedOptional extends QueryIter {
    /** Left rows joined one by one before the pass starts: a short left side never pays for one. */
    private static final int SCAN_FROM = 64;

    private final QueryIterator left;
    /** Keyed on the subject until the rows show which side they bind. */
    private Pattern pattern;
    private final Function<Binding, QueryIterator> oneByOne;
    private long rows;
    /** The pass while it goes on; null before it starts and once it has ended or been dropped. */
    private PropertyPass pass;
    private boolean scanDone;
    /** The object ids of each subject id (or the reverse), once the pass has read the whole stretch. */
    private IdTable table;
    /** The rows of the left row last read, when it was joined one by one. */
    private QueryIterator current;
    /**
     * The rows of the left row last read, when it was joined through the table: held here rather than behind
     * an iterator of their own, which Jena's context registers when made and unregisters when closed, each
     * time searching the list of open iterators (a tenth of "Reports loaded", one per report).
     */
    private final ArrayDeque<Binding> ready = new ArrayDeque<>(4);

    /** {@code ?s p ?o} as this reads it: the side the left rows bind, the property's id, the other side. */
    private record Pattern(Var key, int keySide, NodeId property, Var other, NodeTupleTable triples) {
        NodeTable nodes() {
            return triples.getNodeTable();
        }
    }

    private ScannedOptional(QueryIterator left, Pattern pattern, Function<Binding, QueryIterator> oneByOne,
                            ExecutionContext context) {
        super(context);
        this.left = left;
        this.pattern = pattern;
        this.oneByOne = oneByOne;
    }

    /**
     * The join of each left row with {@code right}, or null when {@code right} is not one triple of the stored
     * default graph with a fixed property and two different variables.
     */
    static QueryIterator leftJoin(QueryIterator left, Op right, Function<Binding, QueryIterator> oneByOne,
                                  ExecutionContext context) {
        if (!(right instanceof OpQuadPattern quads) || quads.getPattern().size() != 1
                || !Quad.isDefaultGraph(quads.getGraphNode())
                || context.getContext().isTrue(TDB2.symUnionDefaultGraph)
                || context.getContext().isDefined(SystemTDB.symTupleFilter)
                || !TDBInternal.isBackedByTDB(context.getDataset()))
            return null;
        Quad q = quads.getPattern().get(0);
        if (!Var.isVar(q.getSubject()) || !Var.isVar(q.getObject()) || !q.getPredicate().isConcrete()
                || q.getSubject().equals(q.getObject()))
            return null;
        NodeTupleTable triples = StoredIds.triples(context.getDataset());
        NodeId property = triples.getNodeTable().getNodeIdForNode(q.getPredicate());
        if (NodeId.isDoesNotExist(property))
            return null;
        Pattern p = new Pattern(Var.alloc(q.getSubject()), TripleCodes.S, property, Var.alloc(q.getObject()), triples);
        return new ScannedOptional(left, p, oneByOne, context);
    }

    @Override
    protected boolean hasNextBinding() {
        while (ready.isEmpty() && (current == null || !current.hasNext())) {
            if (current != null)
                current.close();
            current = null;
            if (!left.hasNext()) {
                stopScan();
                return false;
            }
            Binding row = left.next();
            if (++rows >= SCAN_FROM && !scanDone)
                scanFor(row);
            if (!joinThroughTable(row))
                current = oneByOne.apply(row);
        }
        return true;
    }

    @Override
    protected Binding moveToNextBinding() {
        return ready.isEmpty() ? current.next() : ready.poll();
    }

    /** The pass's share for one more row; at the first, the side it is keyed on, as this row binds it. */
    private void scanFor(Binding row) {
        if (pass == null) {
            Pattern keyed = keyedOn(row);
            if (keyed == null) {
                scanDone = true;
                return;
            }
            pattern = keyed;
            pass = new PropertyPass(pattern.triples(), StoredIds.code(pattern.property()), pattern.keySide());
        }
        table = pass.keepUpWith(rows);
        if (pass.over())
            stopScan();
    }

    private void stopScan() {
        if (pass != null)
            pass.close();
        pass = null;
        scanDone = true;
    }

    /** The pattern keyed on whichever of its variables the row binds (the subject first), or null if neither. */
    private Pattern keyedOn(Binding row) {
        if (row.contains(pattern.key()))
            return pattern;
        if (row.contains(pattern.other()))
            return new Pattern(pattern.other(), TripleCodes.O, pattern.property(), pattern.key(), pattern.triples());
        return null;
    }

    /** Joins the row through the table into {@link #ready}; false if there is no table or the row lacks the key. */
    private boolean joinThroughTable(Binding row) {
        NodeId key = table == null ? null : idOf(row, pattern.key());
        if (key == null)
            return false;
        NodeId bound = idOf(row, pattern.other());
        // none for a node the store lacks: no triple has its id
        for (int i = table.first(key); i >= 0; i = table.next(i)) {
            NodeId end = table.value(i);
            if (bound == null)
                ready.add(extend(row, pattern.other(), end));
            else if (StoredIds.same(bound, end))
                ready.add(row);
        }
        if (ready.isEmpty())
            ready.add(row);
        return true;
    }

    /**
     * The row with one more variable, as TDB2 extends its rows: its ids chained to the row's, so that a pattern
     * matched after this one still finds the row's variables as ids; a row of another kind gets the node.
     */
    private Binding extend(Binding row, Var var, NodeId id) {
        if (!(row instanceof BindingTDB tdb))
            return BindingFactory.binding(row, var, pattern.nodes().getNodeForNodeId(id));
        BindingNodeId ids = new BindingNodeId(tdb.getBindingId());
        ids.put(var, id);
        return new BindingTDB(ids, pattern.nodes());
    }

    /** A variable's node id in the row, read from TDB2's row if it is one; null when unbound. */
    private NodeId idOf(Binding row, Var var) {
        NodeId id = StoredIds.held(row, var);
        if (id != null)
            return id;
        Node n = row.get(var);
        return n == null ? null : pattern.nodes().getNodeIdForNode(n);
    }

    @Override
    protected void closeIterator() {
        stopScan();
        if (current != null)
            current.close();
        left.close();
    }

    @Override
    protected void requestCancel() {
        if (current != null)
            current.cancel();
        left.cancel();
    }

    @Override
    public void output(IndentedWriter out, SerializationContext context) {
        out.print("ScannedOptional " + pattern.key() + " " + pattern.other());
    }
}
