package org.w3id.liaison.store;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code ORDER BY} with each row's sort keys computed once, as the row arrives, instead of at every
 * comparison ({@link StoreExecutor} uses it). Jena's {@code BindingComparator} evaluates every condition for
 * both rows of each comparison, decoding the stored node and parsing a date's value each time: sorting the
 * 5,700 meetings of a 20,000-report database by date (the console's "Who met whom") spent nine tenths of its
 * 180 ms doing that.
 *
 * <p>The order is Jena's own, row for row: values compared as its comparator compares them ({@link SortKey}),
 * descending conditions reversed, ties broken as {@code BindingComparator.compareBindingsSyntactic} breaks them
 * ({@link KeyedBinding#compareTies}). Jena's {@code QueryIterSort} sorts (and spills), and its
 * {@code QueryIterTopN} keeps the first rows of a {@code DISTINCT} with a limit; the first rows of any other
 * limit are kept by {@link KeyedTopN}, which breaks ties only among the rows that may be in the answer. A row
 * that comes back from a spill file has lost its keys and has them computed again.
 */
final class KeyedOrder {
    private KeyedOrder() {}

    /** The rows in order. */
    static QueryIterator sort(QueryIterator rows, List<SortCondition> conditions, ExecutionContext context) {
        return new QueryIterSort(keyed(rows, conditions, context), comparator(conditions, context), context);
    }

    /** The first {@code limit} rows in order, each once if {@code distinct}. */
    static QueryIterator topN(QueryIterator rows, List<SortCondition> conditions, long limit, boolean distinct,
            ExecutionContext context) {
        if (distinct)
            return new QueryIterTopN(keyed(rows, conditions, context), comparator(conditions, context), limit, true, context);
        return KeyedTopN.top(keyed(rows, conditions, context), byKeys(conditions, context), comparator(conditions, context),
                limit, context);
    }

    private static QueryIterator keyed(QueryIterator rows, List<SortCondition> conditions, ExecutionContext context) {
        return new QueryIterConvert(rows, row -> new KeyedBinding(row, keys(row, conditions, context)), context);
    }

    /** Jena's order: by the keys, ties broken by comparing the rows' nodes. */
    private static Comparator<Binding> comparator(List<SortCondition> conditions, FunctionEnv env) {
        Comparator<Binding> byKeys = byKeys(conditions, env);
        return (a, b) -> {
            int c = byKeys.compare(a, b);
            if (c != 0)
                return c;
            return a instanceof KeyedBinding p && b instanceof KeyedBinding q
                    ? KeyedBinding.compareTies(p, q)
                    : BindingComparator.compareBindingsSyntactic(a, b);
        };
    }

    /** The order of the rows' keys alone: rows whose keys tie compare as equal. */
    private static Comparator<Binding> byKeys(List<SortCondition> conditions, FunctionEnv env) {
        boolean[] descending = SortKey.descending(conditions);
        return (a, b) -> {
            SortKey[] x = a instanceof KeyedBinding keyed ? keyed.keys : keys(a, conditions, env);
            SortKey[] y = b instanceof KeyedBinding keyed ? keyed.keys : keys(b, conditions, env);
            return SortKey.compare(x, y, descending);
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
            return SortKey.of(row, expression.asVar());
        try {
            return SortKey.of(expression.eval(row, env));
        } catch (ExprEvalException e) {   // unbound, or an error: Jena's comparator takes either as unbound, first
            return SortKey.UNBOUND;
        }
    }
}
