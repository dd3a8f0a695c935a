package org.w3id.liaison.store;

import java.util.Collections;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBase;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * A row to be sorted, carrying its sort keys ({@link KeyedOrder}). It binds nothing of its own: every variable
 * comes from the row it wraps, so it equals, hashes and prints as that row does.
 */
final class KeyedBinding extends BindingBase {
    final SortKey[] keys;
    private Binding resolved;

    KeyedBinding(Binding row, SortKey[] keys) {
        super(row);
        this.keys = keys;
    }

    /**
     * The row with every node read, made when two rows' keys tie and the whole rows must be compared: a row
     * straight from TDB2 holds node ids and decodes a node each time it is asked for one, and a tie between
     * two rows is met again at every level of the heap or merge. Rows whose keys never tie are never resolved.
     */
    Binding resolved() {
        if (resolved == null)
            resolved = BindingFactory.copy(parent);
        return resolved;
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
