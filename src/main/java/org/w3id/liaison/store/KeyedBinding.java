package org.w3id.liaison.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.tdb2.store.NodeId;

/**
 * A row to be sorted, carrying its sort keys ({@link KeyedOrder}). It binds nothing of its own: every variable
 * comes from the row it wraps, so it equals, hashes and prints as that row does.
 */
final class KeyedBinding extends BindingBase {
    private static final Comparator<Var> BY_NAME = Comparator.comparing(Var::getName);

    final SortKey[] keys;
    /** The row's variables by name, and the nodes read so far (null: not yet), made at the row's first tie. */
    private Var[] sorted;
    private Node[] nodes;

    KeyedBinding(Binding row, SortKey[] keys) {
        super(row);
        this.keys = keys;
    }

    /**
     * Two rows whose keys tie, compared as Jena's {@code BindingComparator.compareBindingsSyntactic} compares
     * them: variable by variable in the order of their names, the nodes as RDF terms, up to the first that
     * differs. Two rows straight from TDB2 that hold the same id for a variable hold the same node, and it is
     * passed without being read; any other node is read once per row. A row decodes a node each time it is asked
     * for one, and a row that ties is met again at every level of the heap or merge: in "Who met whom", reading
     * whole rows at each tie was a third of the query's time.
     */
    static int compareTies(KeyedBinding a, KeyedBinding b) {
        Var[] vars = a.byName();
        if (!Arrays.equals(vars, b.byName())) {     // rows that bind different variables: all of them, by name
            vars = Arrays.copyOf(vars, vars.length + b.sorted.length);
            System.arraycopy(b.sorted, 0, vars, a.sorted.length, b.sorted.length);
            Arrays.sort(vars, BY_NAME);
        }
        for (Var v : vars) {
            NodeId x = StoredIds.held(a.parent, v);
            NodeId y = StoredIds.held(b.parent, v);
            if (x != null && y != null && StoredIds.same(x, y))
                continue;
            int c = NodeCmp.compareRDFTerms(a.node(v), b.node(v));
            if (c != 0)
                return c;
        }
        return 0;
    }

    private Var[] byName() {
        if (sorted == null) {
            // listed, not counted: a TDB2 row counts a variable twice when the row it extends binds it too
            List<Var> bound = new ArrayList<>();
            parent.vars().forEachRemaining(bound::add);
            sorted = bound.toArray(Var[]::new);
            Arrays.sort(sorted, BY_NAME);
            nodes = new Node[sorted.length];
        }
        return sorted;
    }

    /** The node a variable is bound to (null if unbound), read from the row at most once. */
    private Node node(Var var) {
        int i = Arrays.binarySearch(byName(), var, BY_NAME);
        if (i < 0)
            return null;
        if (nodes[i] == null)
            nodes[i] = parent.get(var);
        return nodes[i];
    }

    @Override
    protected Iterator<Var> vars1() {
        return Collections.emptyIterator();
    }

    @Override
    protected int size1() {
        return 0;
    }

    @Override
    protected boolean isEmpty1() {
        return true;
    }

    @Override
    protected boolean contains1(Var var) {
        return false;
    }

    @Override
    protected Node get1(Var var) {
        return null;
    }

    @Override
    protected Binding detachWithNewParent(Binding newParent) {
        return new KeyedBinding(newParent, keys);
    }
}
