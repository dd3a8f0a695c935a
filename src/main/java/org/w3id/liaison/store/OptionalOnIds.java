package org.w3id.liaison.store;

import java.util.function.Function;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDefaulting;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.QC;

/**
 * An {@code OPTIONAL} whose right side is a basic pattern, done row by row as Jena does it (its
 * {@code QueryIterOptionalIndex}) but with the left row given to the pattern as its input instead of written
 * into it ({@link StoreExecutor} uses it). Written into the pattern, the row's nodes are constants that TDB2
 * must look up in its node table again, one lookup per node per row; given as input, a row read from TDB2
 * still holds its node ids and the pattern is matched on those. For a basic pattern the two are the same
 * join: the row's bindings constrain the pattern's variables either way, and a row that matches nothing is
 * kept as it is. "Reports loaded", one such lookup per report: 149 → 122 ms on 20,000 reports.
 */
final class OptionalOnIds {
    private OptionalOnIds() {}

    /** Whether {@code right} is a basic pattern, which this does. */
    static boolean handles(Op right) {
        return right instanceof OpBGP || right instanceof OpQuadPattern;
    }

    /**
     * Each left row joined with what {@code right} matches given it, or kept alone when that is nothing; one
     * triple of a fixed property over a long left side through a {@link ScannedOptional}.
     */
    static QueryIterator leftJoin(QueryIterator left, Op right, ExecutionContext context) {
        Function<Binding, QueryIterator> oneRow = row -> new QueryIterDefaulting(
                QC.execute(right, QueryIterSingleton.create(row, context), context), row, context);
        QueryIterator scanned = ScannedOptional.leftJoin(left, right, oneRow, context);
        return scanned != null ? scanned : QueryIter.flatMap(left, oneRow, context);
    }
}
