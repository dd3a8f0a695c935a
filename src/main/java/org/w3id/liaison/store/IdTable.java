package org.w3id.liaison.store;

import java.util.Arrays;
import org.apache.jena.tdb2.store.NodeId;

/**
 * Node ids and, for each, the ids found with it (a subject's objects in a stretch of an index), in flat
 * arrays of the codes TDB2 writes ids in ({@link StoredIds#code}): one probe of an array of longs finds a key.
 * {@link ScannedOptional} joins 20,000 reports with their datelines through one; as a
 * {@code HashMap<NodeId, List<NodeId>>}, each lookup followed four references through memory, and the
 * lookups were a tenth of "Reports loaded". {@link BatchLookup} keeps the things it asks about and the values
 * it finds in them. Unlike {@code NodeId.equals}, keys differ by type ({@link StoredIds#same}). A value is
 * made a {@code NodeId} only when read ({@link #value}): a pass read by a {@link CodeScan} makes none for the
 * triples it reads.
 * <p>
 * {@link #add} refuses an id that is not written in an index, which no id TDB2 stores is.
 */
final class IdTable {
    private static final long EMPTY = StoredIds.NONE;

    private long[] slots;       // the keys' codes, open addressing; EMPTY where none is
    private int[] firstOf;      // the index of each slot's first value in values
    private int[] lastOf;       // and of its last, to add after it
    private long[] values = new long[16];
    private int[] next = new int[16];   // the index of the next value of the same key; -1 after its last
    private int keys;
    private int size;

    IdTable(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        slots = new long[capacity];
        Arrays.fill(slots, EMPTY);
        firstOf = new int[capacity];
        lastOf = new int[capacity];
    }

    /** Adds a value of a key (after the key's other values); false, and nothing added, if an id is not written so. */
    boolean add(NodeId key, NodeId value) {
        return add(StoredIds.code(key), StoredIds.code(value));
    }

    /** {@link #add(NodeId, NodeId)} of the ids written as these codes. */
    boolean add(long key, long value) {
        if (key == EMPTY || value == EMPTY)
            return false;
        if (keys * 2 >= slots.length)
            grow();
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            next = Arrays.copyOf(next, size * 2);
        }
        values[size] = value;
        next[size] = -1;
        int slot = slot(key);
        if (slots[slot] == EMPTY) {
            slots[slot] = key;
            firstOf[slot] = size;
            keys++;
        } else {
            next[lastOf[slot]] = size;
        }
        lastOf[slot] = size;
        size++;
        return true;
    }

    /**
     * Where a key's values start, or -1 if it has none; {@link #value} reads one, {@link #next} goes on to the
     * next (-1 after the last), in the order they were added:
     * <pre>{@code for (int i = table.first(key); i >= 0; i = table.next(i)) use(table.value(i)); }</pre>
     */
    int first(NodeId key) {
        return first(StoredIds.code(key));
    }

    /** {@link #first(NodeId)} of the id written as this code. */
    int first(long key) {
        if (key == EMPTY)
            return -1;
        int slot = slot(key);
        return slots[slot] == EMPTY ? -1 : firstOf[slot];
    }

    NodeId value(int i) {
        return StoredIds.id(values[i]);
    }

    /** The code of a value ({@link StoredIds#code}). */
    long code(int i) {
        return values[i];
    }

    int next(int i) {
        return next[i];
    }

    /** The slot that holds the code, or the empty one where it would go. */
    private int slot(long code) {
        int mask = slots.length - 1;
        int slot = (int) StoredIds.mix(code) & mask;
        while (slots[slot] != EMPTY && slots[slot] != code)
            slot = (slot + 1) & mask;
        return slot;
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldFirst = firstOf;
        int[] oldLast = lastOf;
        slots = new long[oldSlots.length * 2];
        Arrays.fill(slots, EMPTY);
        firstOf = new int[slots.length];
        lastOf = new int[slots.length];
        for (int i = 0; i < oldSlots.length; i++)
            if (oldSlots[i] != EMPTY) {
                int slot = slot(oldSlots[i]);
                slots[slot] = oldSlots[i];
                firstOf[slot] = oldFirst[i];
                lastOf[slot] = oldLast[i];
            }
    }
}
