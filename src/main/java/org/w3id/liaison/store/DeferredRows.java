package org.w3id.liaison.store;

import java.util.Iterator;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.IteratorDelayedInitialization;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;

/**
 * Rows that are computed from all of an input's rows at once, when they are first asked for (groups, the first
 * rows in an order): a cancel or close of the rows is passed on to the input.
 */
final class DeferredRows {
    private DeferredRows() {}

    static QueryIterator of(QueryIterator input, Supplier<Iterator<Binding>> rows, ExecutionContext context) {
        Iterator<Binding> deferred = new IteratorDelayedInitialization<>() {
            @Override
            protected Iterator<Binding> initializeIterator() {
                return rows.get();
            }
        };
        return new QueryIterPlainWrapper(deferred, context) {
            @Override
            protected void requestCancel() {
                input.cancel();
                super.requestCancel();
            }

            @Override
            protected void closeIterator() {
                input.close();
                super.closeIterator();
            }
        };
    }
}
