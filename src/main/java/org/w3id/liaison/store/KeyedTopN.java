package org.w3id.liaison.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The first {@code limit} rows in order ({@code ORDER BY … LIMIT} without {@code DISTINCT}), as Jena's
 * {@code QueryIterTopN} gives them, with ties between rows' keys broken only among the rows that may end up
 * in the answer. Jena's heap compares whole rows, so each row whose keys tie with a row in the heap has its
 * nodes read to break the tie: the meetings of "Who met whom" arrive in the order of their dates, and most of
 * the 5,700 tie with a meeting of the same day on the way in.
 * <p>
 * Here the heap orders rows by their keys alone. Beside it are kept the rows whose keys equal the worst keys in
 * the heap (the boundary): which of those are in the answer is decided at the end, in Jena's full order, with
 * the heap's rows. A row worse than the boundary is left out, as it is behind {@code limit} rows whatever their
 * ties. When the rows at the boundary grow to {@code limit}, the candidates are narrowed in the full order at
 * once, so that no more than twice {@code limit} rows are held.
 * <p>
 * The rows may be anything that has keys: rows of Jena's ({@link #top}), or rows of node ids that are made
 * into Jena's only once they may be in the answer ({@link TopOnIds}).
 *
 * @param <R> a row
 */
final class KeyedTopN<R> {
    private final Comparator<? super R> byKeys;
    private final Comparator<? super R> full;
    private final long limit;
    private final PriorityQueue<R> heap;
    private final List<R> boundary = new ArrayList<>();     // rows out of the heap whose keys equal its worst

    /**
     * @param byKeys the order of the rows' keys alone
     * @param full   that order with ties broken as Jena breaks them
     */
    KeyedTopN(Comparator<? super R> byKeys, Comparator<? super R> full, long limit) {
        this.byKeys = byKeys;
        this.full = full;
        this.limit = limit;
        this.heap = new PriorityQueue<>((int) Math.max(1, Math.min(limit, 1 << 16)), byKeys.reversed());
    }

    /** The first {@code limit} of Jena's rows, computed when first asked for. */
    static QueryIterator top(QueryIterator input, Comparator<Binding> byKeys, Comparator<Binding> full, long limit,
                             ExecutionContext context) {
        return DeferredRows.of(input, () -> {
            KeyedTopN<Binding> top = new KeyedTopN<>(byKeys, full, limit);
            while (limit > 0 && input.hasNext())
                top.add(input.next());
            input.close();
            return top.first().iterator();
        }, context);
    }

    void add(R row) {
        if (limit <= 0)
            return;
        if (heap.size() < limit) {
            heap.add(row);
            return;
        }
        int c = byKeys.compare(row, heap.peek());
        if (c > 0)
            return;
        if (c == 0) {
            boundary.add(row);
            if (boundary.size() >= limit)
                narrow();
            return;
        }
        R out = heap.poll();
        heap.add(row);
        if (byKeys.compare(out, heap.peek()) == 0)
            boundary.add(out);
        else
            boundary.clear();      // the boundary moved to better keys: all held beside it are behind
    }

    /** The first {@code limit} rows added, in the full order. */
    List<R> first() {
        List<R> candidates = new ArrayList<>(heap);
        candidates.addAll(boundary);
        candidates.sort(full);
        return candidates.size() > limit ? candidates.subList(0, (int) limit) : candidates;
    }

    /** The first {@code limit} of the heap's rows and those beside it, in the full order, as the new heap. */
    private void narrow() {
        List<R> all = first();
        heap.clear();
        boundary.clear();
        heap.addAll(all);
    }
}
