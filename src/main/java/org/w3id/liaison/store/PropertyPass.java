package org.w3id.liaison.store;

import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * One pass over a fixed property's stretch of the POS index, read into an {@link IdTable} keyed on one side of
 * its triples (the subject, or the object) in step with the rows it is to answer: {@value
 * BatchLookup#TRIPLES_PER_LOOKUP} triples for every row, about what one descent of an index per row costs. If
 * the stretch ends, the table answers every row; the pass is dropped once it has read {@value #MOST_READ}
 * triples (its table is held in memory), or if it meets an id the table cannot hold, which no id TDB2 stores
 * is. So it never costs much more than the descents it may replace. {@link ScannedOptional} and
 * {@link TopOnIds} join an {@code OPTIONAL} through one.
 *
 * <pre>{@code
 * PropertyPass pass = new PropertyPass(triples, StoredIds.code(property), TripleCodes.S);
 * IdTable objects = pass.keepUpWith(rowsSoFar);                // null until the stretch is read whole
 * }</pre>
 */
final class PropertyPass implements AutoCloseable {
    /** The longest stretch read into a table: what 4,096 rows pay for. */
    static final int MOST_READ = 4096 * BatchLookup.TRIPLES_PER_LOOKUP;

    private final int keySide;
    private CodeScan scan;
    private IdTable partial = new IdTable(64 * BatchLookup.TRIPLES_PER_LOOKUP);
    private IdTable table;
    private long read;

    /**
     * @param property the code of the property's id ({@link StoredIds#code})
     * @param keySide  {@link TripleCodes#S} to key the table on the triples' subjects, {@link TripleCodes#O} on
     *                 their objects
     */
    PropertyPass(NodeTupleTable triples, long property, int keySide) {
        this.keySide = keySide;
        this.scan = new CodeScan(triples.getTupleTable(), StoredIds.NONE, property, StoredIds.NONE);
    }

    /**
     * Reads on until the pass has read its share for {@code rows} rows; the table of each key's other ends once
     * the stretch has been read whole, else null.
     */
    IdTable keepUpWith(long rows) {
        if (scan == null)
            return table;
        for (long budget = rows * BatchLookup.TRIPLES_PER_LOOKUP; read < budget && scan.next(); read++) {
            if (!partial.add(scan.code(keySide), scan.code(TripleCodes.O - keySide))) {
                close();
                return null;
            }
        }
        if (!scan.more())
            table = partial;
        if (!scan.more() || read >= MOST_READ)
            close();
        return table;
    }

    /** Whether the pass has stopped, its table whole or dropped. */
    boolean over() {
        return scan == null;
    }

    @Override
    public void close() {
        if (scan != null)
            scan.close();
        scan = null;
        partial = null;
    }
}
