package org.w3id.liaison.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.liaison.authority.Iris;

/**
 * The knowledge graph on disk: a TDB2 database holding one named graph per article (and the dataset's
 * description and links), and a default graph that is their union, stored.
 *
 * <p>Why the union is stored rather than computed ({@code TDB2.symUnionDefaultGraph}): every report's graph
 * carries the label and type of everything it names, so the Communist Party of China's label is in 20,000
 * graphs of a 20,000-report database, and a computed union reads every copy before a join can go on —
 * queries took seconds. The stored union holds each triple once. It is kept here, in the same write
 * transaction as the named graphs it derives from, so readers never see the two disagree: a replaced graph's
 * new triples are added to it, and each old triple is removed from it once no named graph states it still.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("run/db"))) {
 *     store.replace(ArticleGraph.graphName(id), graph);   // atomically: readers see all of it or none
 * }
 * }</pre>
 */
public final class KnowledgeStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeStore.class);
    private final Path location;
    private final DatasetGraph dsg;

    private KnowledgeStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
        deriveUnionIfMissing();
    }

    /** Opens the database at {@code dir}, creating it if missing. */
    public static KnowledgeStore open(Path dir) throws StoreException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create database folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir))
            throw new StoreException("database folder " + dir + " is not writable");
        try {
            return new KnowledgeStore(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
        } catch (DBOpEnvException e) {
            throw new StoreException("database " + dir + " is in use by another process (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open database " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens the database at {@code dir}, which must exist: for commands that read or add to a loaded one. */
    public static KnowledgeStore openExisting(Path dir) throws StoreException {
        if (!Files.isDirectory(dir))
            throw new StoreException("no database at " + dir + " (create one with: liaison load --db " + dir + " FILES)");
        return open(dir);
    }

    /** Whether the database holds nothing at all yet. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !any(dsg.find()));
    }

    /**
     * Starts filling this database, which must be empty and read by no one else meanwhile, in one bulk
     * transaction done as Jena's sequential bulk loader does it ({@link BulkLoad}).
     */
    public BulkLoad bulkLoad() {
        if (!isEmpty())
            throw new IllegalStateException("a bulk load fills an empty database; " + location + " holds data");
        return new BulkLoad(dsg);
    }

    /** Replaces the named graph with {@code graph} in one write transaction. */
    public void replace(Node graphName, Graph graph) {
        replaceAll(Map.of(graphName, graph));
    }

    /** Replaces each named graph with its new content, all in one write transaction. */
    public void replaceAll(Map<Node, Graph> graphs) {
        Txn.executeWrite(dsg, () -> {
            Set<Triple> added = new HashSet<>();
            graphs.forEach((name, graph) -> put(name, graph, added));
        });
    }

    /**
     * Counts the dataset afresh into its VoID description ({@link DatasetDescription}), in one write
     * transaction: loading and linking call this once they are done.
     */
    public void describe() {
        Txn.executeWrite(dsg, () -> {
            put(DatasetDescription.GRAPH, Graph.emptyGraph, new HashSet<>());   // the description does not count itself
            put(DatasetDescription.GRAPH, DatasetDescription.count(dsg), new HashSet<>());
        });
    }

    /**
     * Writes every named graph to {@code out} in one read transaction, so the dump is one consistent state.
     * The stored union is left out: it is derived, and a database loaded from the dump derives it again.
     */
    public void export(OutputStream out, RDFFormat format) {
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, namedGraphs(dsg), format));
    }

    /**
     * The named graphs of {@code dsg} as a dataset of their own, with an empty default graph: what a dump
     * holds. A view, not a copy; read it inside a transaction on {@code dsg}.
     */
    public static DatasetGraph namedGraphs(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        dsg.listGraphNodes().forEachRemaining(name -> view.addGraph(name, dsg.getGraph(name)));
        return view;
    }

    /** The number of quads stored: every named graph's triples. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** The number of articles stored: their named graphs, leaving out the description and the links. */
    public long articleCount() {
        String articles = Iris.article("");
        return Txn.calculateRead(dsg, () -> Iter.count(Iter.filter(dsg.listGraphNodes(),
                g -> g.isURI() && g.getURI().startsWith(articles))));
    }

    /**
     * Within a write transaction: replaces one named graph and keeps the stored union in step. {@code added}
     * holds the triples this transaction has put in the union already: the labels and types that a batch of
     * reports all repeat are then written once, not looked up in three indexes a thousand times.
     */
    private void put(Node name, Graph graph, Set<Triple> added) {
        List<Triple> old = dsg.getGraph(name).find().toList();
        dsg.removeGraph(name);
        dsg.addGraph(name, graph);
        Graph union = dsg.getDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (added.add(t))
                union.add(t);
        });
        for (Triple t : old)
            if (!graph.contains(t) && !statedInAnyGraph(t)) {
                union.delete(t);
                added.remove(t);
            }
    }

    private boolean statedInAnyGraph(Triple t) {
        return any(dsg.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Whether a find has a first quad; the iterator is closed, so its index pages are let go at once. */
    private static boolean any(Iterator<Quad> found) {
        try {
            return found.hasNext();
        } finally {
            Iter.close(found);
        }
    }

    /**
     * A database written before the union was stored, or loaded with Jena's own tools from a dump, has named
     * graphs and an empty default graph: derive the union once, graph by graph, in one transaction.
     */
    private void deriveUnionIfMissing() {
        boolean missing = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().isEmpty() && dsg.listGraphNodes().hasNext());
        if (!missing)
            return;
        LOG.info("Deriving the union of the named graphs of {} (once, for a database written without it)", location);
        Txn.executeWrite(dsg, () -> {
            Graph union = dsg.getDefaultGraph();
            for (Node name : Iter.toList(dsg.listGraphNodes()))
                dsg.getGraph(name).find().toList().forEach(union::add);
        });
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path location() {
        return location;
    }

    /** Releases the database so that another process may open it. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

    /** The database cannot be opened or written. */
    public static final class StoreException extends Exception {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }

        public StoreException(String message) {
            super(message);
        }
    }
}
