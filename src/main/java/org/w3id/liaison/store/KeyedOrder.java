package org.w3id.liaison.store;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * {@code ORDER BY} over a TDB2 database with each row's sort keys computed once, as the row arrives, instead of
 * at every comparison. Jena's {@code BindingComparator} evaluates every condition for both rows of each
 * comparison, decoding the stored node and parsing a date's value each time: sorting the 5,700 meetings of a
 * 20,000-report database by date (the console's "Who met whom") spent nine tenths of its 180 ms doing that.
 *
 * <p>The order is Jena's own, row for row: values compared as its comparator compares them ({@link SortKey}),
 * descending conditions reversed, ties broken by {@code BindingComparator.compareBindingsSyntactic}; Jena's
 * {@code QueryIterSort} and {@code QueryIterTopN} do the sorting (and spilling, and {@code DISTINCT} with a
 * limit). A row that comes back from a spill file has lost its keys and has them computed again.
 *
 * <pre>{@code
 * KeyedOrder.install(dataset);   // every query on this dataset from now on
 * }</pre>
 */
public final class KeyedOrder {
    private KeyedOrder() {}

    /** Makes queries on {@code dataset}, a TDB2 database, sort this way; other datasets are left as they are. */
    public static void install(DatasetGraph dataset) {
        if (TDBInternal.isTDB2(dataset))
            QC.setFactory(dataset.getContext(), Executor::new);
    }

    /** TDB2's executor, with sorting replaced. */
    static final class Executor extends OpExecutorTDB2 {
        Executor(ExecutionContext context) {
            super(context);
        }

        @Override
        protected QueryIterator execute(OpOrder order, QueryIterator input) {
            List<SortCondition> conditions = order.getConditions();
            QueryIterator rows = keyed(exec(order.getSubOp(), input), conditions, execCxt);
            return new QueryIterSort(rows, comparator(conditions, execCxt), execCxt);
        }

        @Override
        protected QueryIterator execute(OpTopN top, QueryIterator input) {
            boolean distinct = top.getSubOp() instanceof OpDistinct;
            Op below = distinct ? ((OpDistinct) top.getSubOp()).getSubOp() : top.getSubOp();
            List<SortCondition> conditions = top.getConditions();
            QueryIterator rows = keyed(exec(below, input), conditions, execCxt);
            return new QueryIterTopN(rows, comparator(conditions, execCxt), top.getLimit(), distinct, execCxt);
        }
    }

    private static QueryIterator keyed(QueryIterator rows, List<SortCondition> conditions, ExecutionContext context) {
        return new QueryIterConvert(rows, row -> new KeyedBinding(row, keys(row, conditions, context)), context);
    }

    private static Comparator<Binding> comparator(List<SortCondition> conditions, FunctionEnv env) {
        boolean[] descending = new boolean[conditions.size()];
        for (int i = 0; i < descending.length; i++)
            descending[i] = conditions.get(i).getDirection() == Query.ORDER_DESCENDING;
        return (a, b) -> {
            SortKey[] x = a instanceof KeyedBinding keyed ? keyed.keys : keys(a, conditions, env);
            SortKey[] y = b instanceof KeyedBinding keyed ? keyed.keys : keys(b, conditions, env);
            for (int i = 0; i < x.length; i++) {
                int c = SortKey.compare(x[i], y[i]);
                if (c != 0)
                    return descending[i] ? -c : c;
            }
            return a instanceof KeyedBinding p && b instanceof KeyedBinding q
                    ? BindingComparator.compareBindingsSyntactic(p.resolved(), q.resolved())
                    : BindingComparator.compareBindingsSyntactic(a, b);
        };
    }

    private static SortKey[] keys(Binding row, List<SortCondition> conditions, FunctionEnv env) {
        SortKey[] keys = new SortKey[conditions.size()];
        for (int i = 0; i < keys.length; i++)
            keys[i] = key(row, conditions.get(i).getExpression(), env);
        return keys;
    }

    private static SortKey key(Binding row, Expr expression, FunctionEnv env) {
        if (expression.isVariable())
            return SortKey.of(row.get(expression.asVar()));
        try {
            return SortKey.of(expression.eval(row, env));
        } catch (ExprEvalException e) {   // unbound, or an error: Jena's comparator takes either as unbound, first
            return SortKey.UNBOUND;
        }
    }
}
