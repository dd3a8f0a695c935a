package org.w3id.liaison.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.NodeValue;

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

    /** The key of a row that leaves the condition unbound, or whose expression fails on it. */
    static final SortKey UNBOUND = new SortKey(null, null, NOT_A_DAY);

    private final Node node;
    private NodeValue value;   // made at the first comparison that needs it; a sort runs in one thread
    private final int day;

    private SortKey(Node node, NodeValue value, int day) {
        this.node = node;
        this.value = value;
        this.day = day;
    }

    /**
     * The key of a node a variable is bound to; its value is made only if a comparison needs it. {@code valid}:
     * the node is known to be a well-formed literal of its datatype, as a date TDB2 holds in its id is (it keeps
     * only those there), and need not be checked again.
     */
    static SortKey of(Node node, boolean valid) {
        return node == null ? UNBOUND : new SortKey(node, null, day(node, valid));
    }

    /** The key of an expression's value. */
    static SortKey of(NodeValue value) {
        return new SortKey(null, value, value.isDate() ? day(value.asNode(), false) : NOT_A_DAY);
    }

    static int compare(SortKey a, SortKey b) {
        if (a.day != NOT_A_DAY && b.day != NOT_A_DAY)
            return Integer.compare(a.day, b.day);
        return BindingComparator.compareNodesRaw(a.value(), b.value());
    }

    private NodeValue value() {
        if (value == null && node != null)
            value = NodeValue.makeNode(node);
        return value;
    }

    /** {@code yyyymmdd} for a well-formed {@code xsd:date} written {@code yyyy-mm-dd} (no time zone), else NOT_A_DAY. */
    private static int day(Node node, boolean valid) {
        if (!node.isLiteral() || !XSDDatatype.XSDdate.equals(node.getLiteralDatatype()))
            return NOT_A_DAY;
        String lex = node.getLiteralLexicalForm();
        if (lex.length() != 10 || lex.charAt(4) != '-' || lex.charAt(7) != '-' || !valid && !node.getLiteral().isWellFormed())
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
