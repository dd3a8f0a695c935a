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
 */
final class KeyedTopN {
    private KeyedTopN() {}

    /**
     * @param byKeys the order of the rows' keys alone
     * @param full   that order with ties broken as Jena breaks them
     */
    static QueryIterator top(QueryIterator input, Comparator<Binding> byKeys, Comparator<Binding> full, long limit,
                             ExecutionContext context) {
        return DeferredRows.of(input, () -> top(input, byKeys, full, limit).iterator(), context);
    }

    private static List<Binding> top(QueryIterator input, Comparator<Binding> byKeys, Comparator<Binding> full, long limit) {
        if (limit <= 0) {
            input.close();
            return List.of();
        }
        PriorityQueue<Binding> heap = new PriorityQueue<>((int) Math.min(limit, 1 << 16), byKeys.reversed());
        List<Binding> boundary = new ArrayList<>();     // rows out of the heap whose keys equal its worst
        while (input.hasNext()) {
            Binding row = input.next();
            if (heap.size() < limit) {
                heap.add(row);
                continue;
            }
            int c = byKeys.compare(row, heap.peek());
            if (c > 0)
                continue;
            if (c == 0) {
                boundary.add(row);
                if (boundary.size() >= limit)
                    narrow(heap, boundary, full, limit);
                continue;
            }
            Binding out = heap.poll();
            heap.add(row);
            if (byKeys.compare(out, heap.peek()) == 0)
                boundary.add(out);
            else
                boundary.clear();      // the boundary moved to better keys: all held beside it are behind
        }
        input.close();
        List<Binding> candidates = new ArrayList<>(heap);
        candidates.addAll(boundary);
        candidates.sort(full);
        return candidates.size() > limit ? candidates.subList(0, (int) limit) : candidates;
    }

    /** The first {@code limit} of the heap's rows and those beside it, in the full order, as the new heap. */
    private static void narrow(PriorityQueue<Binding> heap, List<Binding> boundary, Comparator<Binding> full, long limit) {
        List<Binding> all = new ArrayList<>(heap);
        all.addAll(boundary);
        all.sort(full);
        heap.clear();
        boundary.clear();
        heap.addAll(all.subList(0, (int) limit));
    }
}
