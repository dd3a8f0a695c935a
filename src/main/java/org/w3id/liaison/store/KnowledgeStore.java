package org.w3id.liaison.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.TDB2;
import org.w3id.liaison.authority.Iris;

/**
 * The knowledge graph on disk: a TDB2 database whose default graph, for queries, is the union of the
 * articles' named graphs.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("run/db"))) {
 *     store.replace(ArticleGraph.graphName(id), graph);   // atomically: readers see all of it or none
 * }
 * }</pre>
 */
public final class KnowledgeStore implements AutoCloseable {
    private final Path location;
    private final DatasetGraph dsg;

    private KnowledgeStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
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

    /** Replaces the named graph with {@code graph} in one write transaction. */
    public void replace(Node graphName, Graph graph) {
        replaceAll(Map.of(graphName, graph));
    }

    /** Replaces each named graph with its new content, all in one write transaction. */
    public void replaceAll(Map<Node, Graph> graphs) {
        Txn.executeWrite(dsg, () -> graphs.forEach((name, graph) -> {
            dsg.removeGraph(name);
            dsg.addGraph(name, graph);
        }));
    }

    /**
     * Counts the dataset afresh into its VoID description ({@link DatasetDescription}), in one write
     * transaction: loading and linking call this once they are done.
     */
    public void describe() {
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(DatasetDescription.GRAPH);
            dsg.addGraph(DatasetDescription.GRAPH, DatasetDescription.count(dsg));
        });
    }

    /** Writes every named graph to {@code out} in one read transaction, so the dump is one consistent state. */
    public void export(OutputStream out, RDFFormat format) {
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, format));
    }

    /** The number of quads stored: every named graph's triples. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    /** The number of articles stored: their named graphs, leaving out the description and the links. */
    public long articleCount() {
        String articles = Iris.article("");
        return Txn.calculateRead(dsg, () -> Iter.count(Iter.filter(dsg.listGraphNodes(),
                g -> g.isURI() && g.getURI().startsWith(articles))));
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
