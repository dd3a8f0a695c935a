package org.w3id.liaison.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * {@code GROUP BY} plain variables with counts — {@code COUNT(*)}, {@code COUNT(?v)}, {@code COUNT(DISTINCT ?v)}
 * — grouped and counted on TDB2's node ids ({@link StoreExecutor} uses it). Jena's own grouping
 * ({@code QueryIterGroup}) keys each row by its nodes, so every row read from the store has each group variable
 * and each counted value decoded through the node table: "Parties and their countries" groups 13,500 rows
 * into 72. Here a row read from the store is keyed by the ids it already holds, and a group's nodes are decoded
 * once, at the end.
 *
 * <p>The answer is Jena's, row for row. Two ids, compared by type and value ({@link StoredIds.Key}; TDB2's own
 * {@code NodeId.equals} ignores the type), are the same exactly when their nodes are the same term (one
 * database, one node table; an inline value decodes to one canonical term). A value that is not an id (from
 * {@code BIND} or {@code VALUES}) is keyed by the id of the same term in the store if there is one, else by the
 * node itself, which then equals no id's term. Groups come out in the order Jena's hash map of key rows gives
 * them: the same keys put into the same kind of map in the same order.
 */
final class GroupOnIds {
    private GroupOnIds() {}

    /** What is counted for one aggregate of a group: rows, rows binding a variable, or its distinct values. */
    private enum Count { ROWS, BOUND, DISTINCT }

    private record Counted(Var as, Count count, Var of, Node empty) {}

    /** Whether this groups by plain variables and computes only counts, and the dataset is TDB2's. */
    static boolean handles(OpGroup group, ExecutionContext context) {
        if (!group.getGroupVars().getExprs().isEmpty() || !TDBInternal.isBackedByTDB(context.getDataset()))
            return false;
        for (ExprAggregator a : group.getAggregators())
            if (counted(a) == null)
                return false;
        return true;
    }

    /** The groups of the rows of {@code input}, as Jena's grouping gives them. */
    static QueryIterator group(QueryIterator input, OpGroup group, ExecutionContext context) {
        List<Var> keys = group.getGroupVars().getVars();
        List<Counted> counts = group.getAggregators().stream().map(GroupOnIds::counted).toList();
        NodeTable nodes = StoredIds.triples(context.getDataset()).getNodeTable();
        return DeferredRows.of(input, () -> groups(input, keys, counts, nodes), context);
    }

    private static Counted counted(ExprAggregator a) {
        Aggregator agg = a.getAggregator();
        if (agg instanceof AggCount)
            return new Counted(a.getVar(), Count.ROWS, null, agg.getValueEmpty());
        if ((agg instanceof AggCountVar || agg instanceof AggCountVarDistinct) && agg.getExprList().size() == 1
                && agg.getExprList().get(0) instanceof ExprVar v)
            return new Counted(a.getVar(), agg instanceof AggCountVar ? Count.BOUND : Count.DISTINCT, v.asVar(),
                    agg.getValueEmpty());
        return null;
    }

    /** A group's counts while rows come in (its key is the map's). */
    private static final class Group {
        final long[] counts;
        final List<Set<Object>> distinct = new ArrayList<>();

        Group(List<Counted> counted) {
            this.counts = new long[counted.size()];
            for (Counted c : counted)
                distinct.add(c.count() == Count.DISTINCT ? new HashSet<>() : null);
        }
    }

    /** A row's key: its group variables' values as ids (or nodes), compared by content. */
    private record Key(Object[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    private static Iterator<Binding> groups(QueryIterator input, List<Var> keys, List<Counted> counts, NodeTable nodes) {
        if (!input.hasNext()) {
            // as Jena: GROUP BY over nothing is no group; counts over nothing are one row of their empty values
            if (!keys.isEmpty())
                return Iter.nullIterator();
            BindingBuilder row = Binding.builder();
            counts.forEach(c -> row.add(c.as(), c.empty()));
            return Iter.singletonIterator(row.build());
        }
        Map<Key, Group> groups = new LinkedHashMap<>();
        while (input.hasNext()) {
            Binding row = input.next();
            Object[] key = new Object[keys.size()];
            for (int i = 0; i < key.length; i++)
                key[i] = value(row, keys.get(i), nodes);
            Group g = groups.computeIfAbsent(new Key(key), k -> new Group(counts));
            for (int i = 0; i < counts.size(); i++) {
                Counted c = counts.get(i);
                switch (c.count()) {
                    case ROWS -> g.counts[i]++;
                    case BOUND -> { if (row.contains(c.of())) g.counts[i]++; }
                    case DISTINCT -> {
                        Object v = value(row, c.of(), nodes);
                        if (v != null)
                            g.distinct.get(i).add(v);
                    }
                }
            }
        }
        // Jena's grouping keeps its groups in a HashMap keyed by the key rows, in the order first seen: the same
        // keys put into a HashMap in the same order come out in the same order
        Map<Binding, Group> byRow = new HashMap<>();
        groups.forEach((key, g) -> byRow.put(keyRow(keys, key.values(), nodes), g));
        List<Binding> out = new ArrayList<>(byRow.size());
        byRow.forEach((keyRow, g) -> {
            if (counts.isEmpty()) {
                out.add(keyRow);
                return;
            }
            BindingBuilder row = Binding.builder(keyRow);
            for (int i = 0; i < counts.size(); i++) {
                long n = counts.get(i).count() == Count.DISTINCT ? g.distinct.get(i).size() : g.counts[i];
                row.add(counts.get(i).as(), NodeValue.makeInteger(n).asNode());
            }
            out.add(row.build());
        });
        return out.iterator();
    }

    /**
     * A variable's value in a row as a key: the id the row holds, else the id of the same term in the store,
     * else the node itself; null when unbound.
     */
    private static Object value(Binding row, Var var, NodeTable nodes) {
        NodeId held = StoredIds.held(row, var);
        if (held != null)
            return new StoredIds.Key(held);
        Node n = row.get(var);
        if (n == null)
            return null;
        NodeId id = nodes.getNodeIdForNode(n);
        // an inline value is made canonical ("01" and "1" as one integer): only the very term may share its id
        return NodeId.isDoesNotExist(id) || id.isInline() && !n.equals(nodes.getNodeForNodeId(id)) ? n : new StoredIds.Key(id);
    }

    /** The key as Jena's grouping makes it: the bound group variables, in their order. */
    private static Binding keyRow(List<Var> keys, Object[] key, NodeTable nodes) {
        BindingBuilder row = Binding.builder();
        for (int i = 0; i < key.length; i++)
            if (key[i] != null)
                row.add(keys.get(i), key[i] instanceof StoredIds.Key id ? nodes.getNodeForNodeId(id.id()) : (Node) key[i]);
        return row.build();
    }
}
