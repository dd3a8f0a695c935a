package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.junit.jupiter.api.Test;

/**
 * The ids a table was given come back with their values, in the order given, as a map of lists would give
 * them: node table pointers and inline values alike, through growth from a small start. The map is keyed by
 * type and value: {@code NodeId.equals} compares values only, so a pointer and an inline integer with the
 * same bits are equal to it, and not to the table.
 */
class IdTableTest {
    @Test
    void givesBackEachKeysValuesInTheOrderAdded() {
        Random random = new Random(11);
        IdTable table = new IdTable(4);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, NodeId> keys = new LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            // pointers 8 bytes apart, as node table entries often are, and a few keys with many values
            NodeId key = i % 50 == 0 ? inline(i % 7) : NodeIdFactory.createPtr(8L * random.nextInt(6_000));
            NodeId value = random.nextBoolean() ? NodeIdFactory.createPtr(i) : inline(i);
            assertThat(table.add(key, value)).isTrue();
            keys.put(typed(key), key);
            expected.computeIfAbsent(typed(key), k -> new ArrayList<>()).add(typed(value));
        }

        assertThat(keys).hasSizeGreaterThan(5_000);
        keys.forEach((typed, key) -> assertThat(valuesOf(table, key)).as(typed).isEqualTo(expected.get(typed)));
        assertThat(table.first(NodeIdFactory.createPtr(1L << 40))).isEqualTo(-1);
        assertThat(valuesOf(table, NodeIdFactory.createPtr(0))).isEqualTo(expected.getOrDefault(typed(NodeIdFactory.createPtr(0)), List.of()))
                .isNotEqualTo(expected.get(typed(inline(3))));   // the pointer 0 and the integer 0 are two keys
        assertThat(table.first(NodeId.NodeDoesNotExist)).isEqualTo(-1);
    }

    private static List<String> valuesOf(IdTable table, NodeId key) {
        List<String> out = new ArrayList<>();
        for (int i = table.first(key); i >= 0; i = table.next(i))
            out.add(typed(table.value(i)));
        return out;
    }

    private static String typed(NodeId id) {
        return id.getTypeValue() + ":" + Long.toHexString(id.getPtrLocation());
    }

    private static NodeId inline(int n) {
        return NodeId.inline(NodeFactory.createLiteralDT(Integer.toString(n - 3), XSDDatatype.XSDinteger));
    }
}
