package org.w3id.liaison.store;

import java.util.stream.Stream;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where the steps that work on TDB2's node ids ({@link BatchLookup}, {@link ScannedOptional},
 * {@link GroupOnIds}, {@link KeyedBinding}, {@link SortKey}) find them — the stored default graph's triples,
 * and the id a row read from the store already holds — and how they tell two ids apart.
 */
final class StoredIds {
    private StoredIds() {}

    /** The stored default graph's triples as node ids, with the node table every graph of the database shares. */
    static NodeTupleTable triples(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getTripleTable().getNodeTupleTable();
    }

    /** The id of a variable's node, if the row is one of TDB2's and holds it as an id; else null. */
    static NodeId held(Binding row, Var var) {
        return row instanceof BindingTDB tdb ? tdb.getNodeId(var) : null;
    }

    /**
     * The node a row binds a variable to (null if none), given what {@link #held} gave for it. A row of TDB2's
     * that holds no id for the variable can bind it only through the row it was read under (its
     * {@code BindingNodeId}'s parent), so that row alone is asked: {@code Binding.get} would first search the
     * row's ids again. Half the reports of "Reports loaded" have no dateline, and each was searched twice.
     */
    static Node node(Binding row, Var var, NodeId held) {
        if (held == null && row instanceof BindingTDB tdb) {
            Binding outer = tdb.getBindingId().getParentBinding();
            return outer == null ? null : outer.get(var);
        }
        return row.get(var);
    }

    /**
     * Whether two ids are the same node's. {@code NodeId.equals} compares the 56 bits of value and not the type:
     * the integer 4297, held inline, equals the pointer to whatever term is stored at offset 4297.
     */
    static boolean same(NodeId a, NodeId b) {
        return a.type() == b.type() && a.equals(b);
    }

    /** A code no id is written as (its type byte would be 0xFF): none, or any in a {@link CodeScan}. */
    static final long NONE = -1L;

    /**
     * The 64 bits TDB2 writes an id in, in its indexes: the id's type in the top byte, the top bit set for a
     * value held inline, the value (a pointer into the node table, or the inline value) below. {@link #NONE} for
     * an id that is not written so, or that would be written as NONE.
     */
    static long code(NodeId id) {
        if (!id.isPtr() && !id.isInline())
            return NONE;      // any, none, does not exist: not written in an index
        return WRITTEN_SO ? reckoned(id) : written(id);
    }

    /** The id written as a code ({@link #code}). */
    static NodeId id(long code) {
        byte[] bytes = new byte[8];
        Bytes.setLong(code, bytes, 0);
        return NodeIdFactory.get(bytes, 0);
    }

    /**
     * Whether {@link #code} reckons the bits as TDB2 writes them ({@code NodeIdFactory}, whose own encoding is
     * not public): checked once, on a pointer and values of the inline types a report holds. If it ever differs,
     * each id is written out by TDB2 and read back.
     */
    private static final boolean WRITTEN_SO = Stream.of(NodeIdFactory.createPtr(123_456_789L),
            NodeIdInline.inline(NodeFactory.createLiteralDT("2021-03-04", XSDDatatype.XSDdate)),
            NodeIdInline.inline(NodeFactory.createLiteralDT("-2", XSDDatatype.XSDinteger)),
            NodeIdInline.inline(NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdouble)),
            NodeIdInline.inline(NodeFactory.createLiteralDT("2021-03-04T10:00:00Z", XSDDatatype.XSDdateTime)))
        .allMatch(id -> reckoned(id) == written(id));

    private static long reckoned(NodeId id) {
        return (id.isInline() ? Long.MIN_VALUE : 0L) | (long) id.getTypeValue() << 56 | id.getPtrLocation();
    }

    private static long written(NodeId id) {
        byte[] bytes = new byte[8];
        NodeIdFactory.set(id, bytes);
        return Bytes.getLong(bytes, 0);
    }

    /** An id as a key of a map or set, equal to another only if it is the same node's ({@link #same}). */
    record Key(NodeId id) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && same(id, k.id);
        }

        /**
         * From all 64 bits, spread: {@code NodeId.hashCode} folds the value's halves together, and the ids of
         * inline dates collided so often that a map of a page's dates fell back to trees (9% of the page).
         */
        @Override
        public int hashCode() {
            return (int) mix((long) id.getTypeValue() << 56 ^ id.getPtrLocation());
        }
    }

    /** Spreads a 64-bit id's bits: node table pointers differ mostly in their middle bits, inline values in their top. */
    static long mix(long code) {
        long h = code * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
