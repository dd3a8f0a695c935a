package org.w3id.liaison.store;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.tdb2.store.NodeId;

/**
 * Triples read one at a time as the codes of their ids ({@link StoredIds#code}): from TDB2's indexes with no
 * object made per triple ({@link CodeScan}), or from tuples of ids ({@link #of}), such as those
 * {@link BatchLookup} numbers for a dataset that is not TDB2's.
 */
interface TripleCodes extends AutoCloseable {
    int S = 0, P = 1, O = 2;

    /** Moves on to the next triple; false after the last. */
    boolean next();

    /** The code of a place ({@link #S}, {@link #P}, {@link #O}) of the triple last read. */
    long code(int place);

    /** Whether there is a triple after the one last read. It may be read: ask only once done with the last one's codes. */
    boolean more();

    @Override
    void close();

    /** Tuples of ids, as codes. */
    static TripleCodes of(Iterator<Tuple<NodeId>> tuples) {
        return new TripleCodes() {
            private Tuple<NodeId> last;

            @Override
            public boolean next() {
                last = tuples.hasNext() ? tuples.next() : null;
                return last != null;
            }

            @Override
            public long code(int place) {
                return StoredIds.code(last.get(place));
            }

            @Override
            public boolean more() {
                return tuples.hasNext();
            }

            @Override
            public void close() {
                Iter.close(tuples);
            }
        };
    }
}
