package org.w3id.liaison.store;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.value.DateTimeNode;

/**
 * One sort condition's value for one row, computed once ({@link KeyedOrder}). Compares as Jena's
 * {@code BindingComparator} compares two values — unbound first, then {@code NodeValue.compareAlways} — with one
 * shortcut: two calendar dates written {@code yyyy-mm-dd} with no time zone compare as the numbers
 * {@code yyyymmdd}, which orders them as their values do and makes equal exactly those that are equal. That is
 * how reports' dates are written, and comparing them through {@code compareAlways} is what made sorting by date
 * slow: it copies and normalises an {@code XMLGregorianCalendar} on both sides at every comparison.
 */
final class SortKey {
    private static final int NOT_A_DAY = -1;
    private static final long VALUE = 0x00FF_FFFF_FFFF_FFFFL;     // the bits of a code below its type

    /** The key of a row that leaves the condition unbound, or whose expression fails on it. */
    static final SortKey UNBOUND = new SortKey(null, null, NOT_A_DAY, StoredIds.NONE);

    private Node node;         // made from the id at the first comparison that needs it, if not given
    private NodeValue value;   // made at the first comparison that needs it; a sort runs in one thread
    private final int day;
    private final long inline;     // the code of a date held inline ({@link StoredIds#code}), its node not yet made

    private SortKey(Node node, NodeValue value, int day, long inline) {
        this.node = node;
        this.value = value;
        this.day = day;
        this.inline = inline;
    }

    /**
     * The key of the node a row binds a variable to; its value is made only if a comparison needs it. A date
     * that TDB2 holds in the node's id (it holds only well-formed ones there) gives its day from the id, and its
     * node is not made unless needed: making a date's node parses and validates it, which was a fifth of
     * sorting 20,000 reports by their datelines.
     */
    static SortKey of(Binding row, Var var) {
        NodeId id = StoredIds.held(row, var);
        SortKey day = id == null ? null : inlineDay(StoredIds.code(id));
        return day != null ? day : of(StoredIds.node(row, var, id));
    }

    /**
     * The key of a stored node, given as the code of its id ({@link StoredIds#code}; {@link StoredIds#NONE}:
     * unbound); as {@link #of(Binding, Var)}, from the code alone.
     */
    static SortKey of(long code, NodeTable nodes) {
        if (code == StoredIds.NONE)
            return UNBOUND;
        SortKey day = inlineDay(code);
        return day != null ? day : of(nodes.getNodeForNodeId(StoredIds.id(code)));
    }

    private static SortKey inlineDay(long code) {
        if ((int) (code >>> 56) != InlineDay.DATE)
            return null;
        int day = InlineDay.of(code & VALUE);   // an inline id's bits are its value
        return day == NOT_A_DAY ? null : new SortKey(null, null, day, code);
    }

    private static SortKey of(Node node) {
        return node == null ? UNBOUND : new SortKey(node, null, day(node), StoredIds.NONE);
    }

    /** The key of an expression's value. */
    static SortKey of(NodeValue value) {
        return new SortKey(null, value, value.isDate() ? day(value.asNode()) : NOT_A_DAY, StoredIds.NONE);
    }

    /** Whether each condition sorts descending. */
    static boolean[] descending(List<SortCondition> conditions) {
        boolean[] descending = new boolean[conditions.size()];
        for (int i = 0; i < descending.length; i++)
            descending[i] = conditions.get(i).getDirection() == Query.ORDER_DESCENDING;
        return descending;
    }

    /** Two rows' keys, condition by condition, each order reversed where its condition is descending. */
    static int compare(SortKey[] x, SortKey[] y, boolean[] descending) {
        for (int i = 0; i < x.length; i++) {
            int c = compare(x[i], y[i]);
            if (c != 0)
                return descending[i] ? -c : c;
        }
        return 0;
    }

    static int compare(SortKey a, SortKey b) {
        if (a.day != NOT_A_DAY && b.day != NOT_A_DAY)
            return Integer.compare(a.day, b.day);
        if (a == UNBOUND || b == UNBOUND)   // unbound first, as compareNodesRaw has it, without making the other's value
            return a == b ? 0 : a == UNBOUND ? -1 : 1;
        return BindingComparator.compareNodesRaw(a.value(), b.value());
    }

    private NodeValue value() {
        if (node == null && inline != StoredIds.NONE)
            node = NodeIdInline.extract(StoredIds.id(inline));
        if (value == null && node != null)
            value = NodeValue.makeNode(node);
        return value;
    }

    /** {@code yyyymmdd} for a well-formed {@code xsd:date} written {@code yyyy-mm-dd} (no time zone), else NOT_A_DAY. */
    private static int day(Node node) {
        if (!node.isLiteral() || !XSDDatatype.XSDdate.equals(node.getLiteralDatatype()))
            return NOT_A_DAY;
        int day = day(node.getLiteralLexicalForm());
        return day != NOT_A_DAY && node.getLiteral().isWellFormed() ? day : NOT_A_DAY;
    }

    /**
     * {@code yyyymmdd} of a date TDB2 holds in an id, from the id's bits: year, month and day where TDB2 packs
     * them ({@code DateTimeNode}: 13, 4 and 5 bits from bit 36 down, a time zone above). Making the lexical form
     * to read it back was a tenth of sorting 20,000 reports by their datelines. The layout is TDB2's and not
     * its API, so it is checked once against {@code DateTimeNode.packDate}; if it ever differs, the lexical
     * form is made and read as before.
     */
    private static final class InlineDay {
        private static final int NO_ZONE = 126;     // DateTimeNode.TZ_NONE
        /** The top byte of an inline date's code. */
        static final int DATE = (int) (StoredIds.code(NodeIdInline.inline(
                NodeFactory.createLiteralDT("2021-11-30", XSDDatatype.XSDdate))) >>> 56);
        private static final boolean LAID_OUT_SO = fromBits(DateTimeNode.packDate("2021-11-30")) == 20211130
                && fromBits(DateTimeNode.packDate("0999-01-01")) == 9990101
                && fromBits(DateTimeNode.packDate("2021-11-30Z")) == NOT_A_DAY;

        static int of(long bits) {
            return LAID_OUT_SO ? fromBits(bits) : day(DateTimeNode.unpackDate(bits));
        }

        private static int fromBits(long bits) {
            if ((bits >>> 49 & 0x7F) != NO_ZONE)
                return NOT_A_DAY;
            return (int) (bits >>> 36 & 0x1FFF) * 10000 + (int) (bits >>> 32 & 0xF) * 100 + (int) (bits >>> 27 & 0x1F);
        }
    }

    /** {@code yyyymmdd} for a lexical form {@code yyyy-mm-dd} of digits, else NOT_A_DAY; its validity is not checked. */
    private static int day(String lex) {
        if (lex.length() != 10 || lex.charAt(4) != '-' || lex.charAt(7) != '-')
            return NOT_A_DAY;
        int day = 0;
        for (int i = 0; i < 10; i++) {
            char c = lex.charAt(i);
            if (i == 4 || i == 7)
                continue;
            if (c < '0' || c > '9')
                return NOT_A_DAY;
            day = day * 10 + (c - '0');
        }
        return day;
    }
}
