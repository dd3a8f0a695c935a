package org.w3id.liaison.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.sequential.BuilderSecondaryIndexes;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database the way Jena's sequential bulk loader does ({@code tdb2.tdbloader
 * --loader=sequential}), in one write transaction: each graph's quads and, as default-graph triples, the union
 * go to the primary index of their table alone, and the other indexes are built from it once at the end
 * ({@link BuilderSecondaryIndexes}, the loader's own step), instead of keeping six indexes in step triple by
 * triple. One write transaction, as that loader's, so it is crash-safe where Jena's parallel and phased
 * loaders are not: a kill before {@link #commit()} leaves the database as it was, empty.
 *
 * <p>It writes rows of node ids rather than going through the loader's stream of quads, which asked TDB2's
 * node cache again for every node of every row — the union's triples repeat the nodes of the quads just
 * written, and the predicates, types and parties recur in every report: about half the time of storing. Here
 * each node of an {@link #addAll} call is turned into its id once.
 *
 * <p>For a process that has the database to itself: while it runs, the indexes being rebuilt are detached, so
 * nothing else may read the dataset. {@code liaison load} holds TDB2's lock on the folder.
 *
 * <pre>{@code
 * try (BulkLoad bulk = store.bulkLoad()) {
 *     bulk.addAll(Map.of(ArticleGraph.graphName(id), graph));
 *     bulk.commit();
 * }
 * }</pre>
 */
public final class BulkLoad implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    private final DatasetGraph dsg;
    private final NodeTable nodes;
    private final Table quads;
    private final Table triples;
    private boolean open = true;

    BulkLoad(DatasetGraph dsg) {
        this.dsg = dsg;
        dsg.begin(TxnType.WRITE);
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            // one node table serves both tables
            this.nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
            this.quads = new Table(tdb.getQuadTable().getNodeTupleTable().getTupleTable());
            this.triples = new Table(tdb.getTripleTable().getNodeTupleTable().getTupleTable());
        } catch (RuntimeException e) {
            dsg.abort();
            dsg.end();
            throw e;
        }
    }

    /**
     * Adds graphs the database does not hold yet, and their triples to the union. The index keeps a triple
     * once however often it is added, but each addition is a lookup: the labels and types that the graphs
     * of one call repeat are added once.
     */
    public void addAll(Map<Node, Graph> graphs) {
        Map<Node, NodeId> ids = new HashMap<>();
        Function<Node, NodeId> id = n -> ids.computeIfAbsent(n, nodes::getAllocateNodeId);
        Set<Triple> union = new HashSet<>();
        graphs.forEach((name, graph) -> {
            NodeId g = id.apply(name);
            graph.find().forEachRemaining(t -> {
                NodeId s = id.apply(t.getSubject());
                NodeId p = id.apply(t.getPredicate());
                NodeId o = id.apply(t.getObject());
                quads.tuples.add(TupleFactory.tuple(g, s, p, o));
                if (union.add(t))
                    triples.tuples.add(TupleFactory.tuple(s, p, o));
            });
        });
    }

    /** Builds the remaining indexes and commits: the database then holds everything added, at once. */
    public void commit() {
        open = false;
        try {
            triples.build();
            quads.build();
            dsg.commit();
        } catch (RuntimeException e) {
            abort();
            throw e;
        } finally {
            dsg.end();
        }
    }

    /** Without {@link #commit()}: aborts, and the database holds none of it. */
    @Override
    public void close() {
        if (open) {
            open = false;
            abort();
            dsg.end();
        }
    }

    /** The indexes set aside back in place (the dataset lives on), and nothing written kept. */
    private void abort() {
        triples.attach();
        quads.attach();
        dsg.abort();
    }

    /**
     * A table written through its first (primary) index alone while it is empty: the other indexes are set
     * aside, and built from the primary one at the end.
     */
    private static final class Table {
        final TupleTable tuples;
        private final TupleIndex[] others;

        Table(TupleTable tuples) {
            this.tuples = tuples;
            TupleIndex[] all = tuples.getIndexes();
            this.others = tuples.isEmpty() ? Arrays.copyOfRange(all, 1, all.length) : new TupleIndex[0];
            for (int i = 0; i < others.length; i++)
                tuples.setTupleIndex(i + 1, null);
        }

        void build() {
            if (others.length > 0)
                BuilderSecondaryIndexes.createSecondaryIndexes((format, args) -> LOG.debug(String.format(format, args)),
                        tuples.getIndex(0), others);
            attach();
        }

        /** The indexes set aside, back in the table. */
        void attach() {
            for (int i = 0; i < others.length; i++)
                tuples.setTupleIndex(i + 1, others[i]);
        }
    }
}
