package org.w3id.liaison.store;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.base.record.RecordMapper;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;

/**
 * The triples of the stored default graph with given ids in some places, each read as the three codes TDB2
 * writes its ids in ({@link StoredIds#code}), with no object made for it. TDB2's own {@code find} makes a
 * tuple, an array and three {@code NodeId}s for every triple it reads: "Reports loaded" reads 30,000 triples a
 * query, and what they made was over half of what the query allocated, when the collector took a quarter of
 * the server's CPU.
 * <p>
 * The triples are read from the one of TDB2's indexes (SPO, POS, OSP) whose order starts with the given
 * places, as TDB2 reads them; every set of places starts one of the three.
 *
 * <pre>{@code
 * try (CodeScan reports = new CodeScan(triples, StoredIds.NONE, typeCode, articleCode)) {
 *     while (reports.next())
 *         use(reports.code(TripleCodes.S));
 * }
 * }</pre>
 */
final class CodeScan implements TripleCodes {
    /** Where in the index's order each place of the triple is. */
    private final int[] slotOf = new int[3];
    /** The codes of the triple last read, in the index's order. */
    private final long[] slots = new long[3];
    private final Iterator<long[]> records;

    /** @param s the subject's code, or {@link StoredIds#NONE} for any; so {@code p} and {@code o} */
    CodeScan(TupleTable triples, long s, long p, long o) {
        long[] given = {s, p, o};
        TupleIndexRecord index = null;
        int prefix = -1;
        for (TupleIndex candidate : triples.getIndexes()) {
            int n = 0;
            while (n < 3 && given[place(candidate.getName().charAt(n))] != StoredIds.NONE)
                n++;
            if (n > prefix && candidate instanceof TupleIndexRecord record) {
                index = record;
                prefix = n;
            }
        }
        if (index == null || index.getName().length() != 3 || hasGivenAfter(index, given, prefix))
            throw new IllegalStateException("no index of the triples starts with the places given: " + triples);
        for (int k = 0; k < 3; k++)
            slotOf[place(index.getName().charAt(k))] = k;
        RangeIndex range = index.getRangeIndex();
        RecordFactory records = range.getRecordFactory();
        Record min = null, max = null;
        if (prefix > 0) {
            min = records.createKeyOnly();
            max = records.createKeyOnly();
            for (int k = 0; k < prefix; k++) {
                long code = given[place(index.getName().charAt(k))];
                Bytes.setLong(code, min.getKey(), 8 * k);
                Bytes.setLong(k == prefix - 1 ? code + 1 : code, max.getKey(), 8 * k);
            }
        }
        this.records = range.iterator(min, max, reader(records.keyLength()));
    }

    private static int place(char c) {
        return c == 'S' ? S : c == 'P' ? P : O;
    }

    private static boolean hasGivenAfter(TupleIndex index, long[] given, int prefix) {
        for (int k = prefix; k < 3; k++)
            if (given[place(index.getName().charAt(k))] != StoredIds.NONE)
                return true;
        return false;
    }

    /**
     * Reads a record's codes into {@link #slots} and hands back that same array. The index's iterator reads one
     * record at each {@code hasNext} and hands it out at the {@code next} after, so the array holds the
     * triple last handed out until the next {@link #next}. The record's key is copied where the iterator asks
     * for it: it compares it with the end of the range.
     */
    private RecordMapper<long[]> reader(int keyLength) {
        return (buffer, index, key, factory) -> {
            int at = index * factory.recordLength();
            if (key != null) {
                buffer.position(at);
                buffer.get(key, 0, keyLength);
            }
            for (int k = 0; k < 3; k++)
                slots[k] = buffer.getLong(at + 8 * k);
            return slots;
        };
    }

    @Override
    public boolean next() {
        if (!records.hasNext())
            return false;
        records.next();
        return true;
    }

    @Override
    public boolean more() {
        return records.hasNext();
    }

    @Override
    public long code(int place) {
        return slots[slotOf[place]];
    }

    @Override
    public void close() {
        Iter.close(records);
    }
}
