package org.w3id.liaison.store;

import java.util.Arrays;
import org.apache.jena.tdb2.store.NodeId;

/**
 * Node ids and, for each, the ids found with it (a subject's objects in a stretch of an index), in flat
 * arrays: one probe of an array of longs finds a key. {@link ScannedOptional} joins 20,000 reports with their
 * datelines through one; as a {@code HashMap<NodeId, List<NodeId>>}, each lookup followed four references
 * through memory, and the lookups were a tenth of "Reports loaded". {@link BatchLookup} keeps the things it
 * asks about and the values it finds in them. Unlike {@code NodeId.equals}, keys differ by type
 * ({@link StoredIds#same}).
 * <p>
 * A key is stored as the 64 bits TDB2 writes it in: its type in the top byte, its value (a pointer into the
 * node table, or an inline value) in the other 56. {@link #add} refuses an id that does not fit, which no
 * id TDB2 stores does.
 */
final class IdTable {
    private static final long EMPTY = -1L;     // no id's type is 0xFF

    private long[] slots;       // the keys' codes, open addressing; EMPTY where none is
    private int[] firstOf;      // the index of each slot's first value in values
    private int[] lastOf;       // and of its last, to add after it
    private NodeId[] values = new NodeId[16];
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

    /** Adds a value of a key (after the key's other values); false, and nothing added, if an id does not fit. */
    boolean add(NodeId key, NodeId value) {
        long code = code(key);
        if (code == EMPTY)
            return false;
        if (keys * 2 >= slots.length)
            grow();
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            next = Arrays.copyOf(next, size * 2);
        }
        values[size] = value;
        next[size] = -1;
        int slot = slot(code);
        if (slots[slot] == EMPTY) {
            slots[slot] = code;
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
        long code = code(key);
        if (code == EMPTY)
            return -1;
        int slot = slot(code);
        return slots[slot] == EMPTY ? -1 : firstOf[slot];
    }

    NodeId value(int i) {
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

    /** The id as TDB2 writes it, or EMPTY if it does not fit in 64 bits so. */
    private static long code(NodeId id) {
        long value = id.getPtrLocation();      // the id's 56-bit value, whatever its type
        int type = id.getTypeValue();
        if ((value >>> 56) != 0 || type < 0 || type >= 0xFF)
            return EMPTY;
        return (long) type << 56 | value;
    }
}
