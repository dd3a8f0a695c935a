package org.w3id.liaison.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database through Jena's sequential bulk loader ({@code tdb2.tdbloader --loader=sequential}),
 * in one write transaction: each graph's quads and, as default-graph triples, the union. The loader writes the
 * primary indexes alone and builds the others once at the end, instead of keeping six indexes in step triple
 * by triple; it is the crash-safe one of Jena's bulk loaders: a kill before {@link #commit()} leaves the
 * database as it was, empty.
 *
 * <p>For a process that has the database to itself: while it runs, the loader detaches the indexes it
 * rebuilds, so nothing else may read the dataset. {@code liaison load} holds TDB2's lock on the folder.
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
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean open = true;

    BulkLoad(DatasetGraph dsg) {
        this.loader = LoaderFactory.sequentialLoader(dsg, (format, args) -> LOG.debug(String.format(format, args)));
        loader.startBulk();
        this.stream = loader.stream();
    }

    /**
     * Adds graphs the database does not hold yet, and their triples to the union. The index keeps a triple
     * once however often it is added, but each addition is a lookup: the labels and types that the graphs
     * of one call repeat are added once.
     */
    public void addAll(Map<Node, Graph> graphs) {
        Set<Triple> union = new HashSet<>();
        graphs.forEach((name, graph) -> graph.find().forEachRemaining(t -> {
            stream.quad(Quad.create(name, t));
            if (union.add(t))
                stream.triple(t);
        }));
    }

    /** Builds the remaining indexes and commits: the database then holds everything added, at once. */
    public void commit() {
        loader.finishBulk();
        open = false;
    }

    /** Without {@link #commit()}: aborts, and the database holds none of it. */
    @Override
    public void close() {
        if (open) {
            open = false;
            loader.finishException(new IllegalStateException("bulk load abandoned before its commit"));
        }
    }
}
