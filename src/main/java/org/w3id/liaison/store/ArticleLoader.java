package org.w3id.liaison.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.liaison.article.Article;
import org.w3id.liaison.article.ArticleException;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.ArticleFacts;
import org.w3id.liaison.extract.Extractor;
import org.w3id.liaison.rdf.ArticleGraph;
import org.w3id.liaison.rdf.GraphValidator;

/**
 * Loads article files into a {@link KnowledgeStore}: read, extract, write RDF, validate, then replace the
 * article's graph in one transaction. A file that fails at any step stores nothing and does not stop the
 * others.
 *
 * <pre>{@code
 * ArticleLoader loader = new ArticleLoader(store);
 * for (Path f : ArticleLoader.articleFiles(List.of(Path.of("data"))))
 *     System.out.println(loader.load(f));
 * }</pre>
 */
public final class ArticleLoader {

    /** What became of one file. */
    public sealed interface Outcome permits Loaded, Failed {
        Path file();
    }

    public record Loaded(Path file, String id, int triples) implements Outcome {}

    public record Failed(Path file, String reason) implements Outcome {}

    private final KnowledgeStore store;
    private final ArticleReader reader = new ArticleReader();
    private final Extractor extractor;
    private final ArticleGraph writer;
    private final GraphValidator validator = new GraphValidator();
    private final int batch;

    public ArticleLoader(KnowledgeStore store) {
        this(store, BATCH);
    }

    /** A loader writing up to {@code batch} whole articles per write transaction. */
    public ArticleLoader(KnowledgeStore store, int batch) {
        if (batch < 1)
            throw new IllegalArgumentException("a batch holds at least one article");
        ReferenceData ref = ReferenceData.load();
        this.store = store;
        this.batch = batch;
        this.extractor = new Extractor(ref);
        this.writer = new ArticleGraph(ref);
    }

    /** Loads one file in a transaction of its own. */
    public Outcome load(Path file) {
        List<Outcome> out = new ArrayList<>();
        loadAll(List.of(file), out::add);
        return out.get(0);
    }

    /**
     * Loads many files, writing up to {@link #BATCH} (or the batch given) whole articles per transaction: a
     * write transaction ends with a sync to disk, which costs more than reading an article, so one per article
     * would make loading disk-bound; and TDB2 writes every index block a transaction touches afresh (copy on
     * write), so small transactions also grow the database: 5,000 reports took 911 MB on disk in batches of
     * 100 and 262 MB in batches of 1,000. Each article is still atomic: it is prepared and validated before its
     * transaction, and a transaction holds only whole articles. After a crash, at most the last batch is
     * missing, and loading again completes it. While one batch is written, the next is read and extracted.
     * {@code each} hears of every file, in order, once its fate is sealed.
     */
    public void loadAll(List<Path> files, Consumer<Outcome> each) {
        prepareInBatches(files, prepared -> flush(prepared, each));
    }

    /**
     * Loads many files into an empty database that nothing else reads meanwhile, in one bulk transaction
     * ({@link BulkLoad}): all of them or, after a crash, none. Each article is still whole or
     * absent, and a later load of it replaces it as usual. A second file of one article replaces the first
     * once the bulk load is committed, as it would in order. {@code each} hears of every file, in order, after
     * the commit; {@code written} hears, after each batch, how many files have been read and written so far —
     * not yet stored: until the commit, a crash loses them all.
     */
    public void loadIntoEmpty(List<Path> files, Consumer<Outcome> each, IntConsumer written) {
        List<Outcome> outcomes = new ArrayList<>();
        Set<Node> added = new HashSet<>();
        Map<Node, Graph> again = new LinkedHashMap<>();
        try (BulkLoad bulk = store.bulkLoad()) {
            prepareInBatches(files, prepared -> {
                Map<Node, Graph> graphs = new LinkedHashMap<>();
                for (Prepared p : prepared) {
                    if (p.outcome() instanceof Loaded l) {
                        Node name = ArticleGraph.graphName(l.id());
                        if (added.add(name))
                            graphs.put(name, p.graph());
                        else
                            again.put(name, p.graph());
                    }
                    outcomes.add(p.outcome());
                }
                bulk.addAll(graphs);
                written.accept(outcomes.size());
            });
            bulk.commit();
        }
        if (!again.isEmpty())
            store.replaceAll(again);
        outcomes.forEach(each);
    }

    /**
     * Reads and extracts the files in batches on a second thread while {@code write} stores the batch before:
     * extraction is a pure function of the file, writing is the store's, and on two cores the two then overlap
     * instead of taking turns.
     */
    private void prepareInBatches(List<Path> files, Consumer<List<Prepared>> write) {
        ExecutorService preparer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "liaison-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<List<Prepared>> next = null;
            for (int from = 0; from < files.size(); from += batch) {
                List<Path> slice = files.subList(from, Math.min(files.size(), from + batch));
                Future<List<Prepared>> prepared = preparer.submit(() -> slice.stream().map(this::prepare).toList());
                if (next != null)
                    write.accept(await(next));
                next = prepared;
            }
            if (next != null)
                write.accept(await(next));
        } finally {
            preparer.shutdownNow();
        }
    }

    /** How many articles one write transaction holds at most. */
    public static final int BATCH = 1000;

    private record Prepared(Outcome outcome, Graph graph) {}

    private static List<Prepared> await(Future<List<Prepared>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            // prepare() turns every failure of a file into an outcome: what arrives here is an Error
            if (e.getCause() instanceof Error err)
                throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private Prepared prepare(Path file) {
        try {
            Article article = reader.read(file);
            ArticleFacts facts = extractor.extract(article);
            Graph graph = writer.build(facts);
            validator.check(graph);
            return new Prepared(new Loaded(file, article.id(), graph.size()), graph);
        } catch (ArticleException | GraphValidator.InvalidGraphException e) {
            return new Prepared(new Failed(file, e.getMessage()), null);
        } catch (RuntimeException e) {
            // a defect of ours, not of the file: still one line, and the batch goes on
            return new Prepared(new Failed(file, "internal error: " + e), null);
        }
    }

    private void flush(List<Prepared> prepared, Consumer<Outcome> each) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Prepared p : prepared)
            if (p.graph() != null)
                graphs.put(ArticleGraph.graphName(((Loaded) p.outcome()).id()), p.graph());
        if (!graphs.isEmpty())
            store.replaceAll(graphs);
        prepared.forEach(p -> each.accept(p.outcome()));
    }

    /**
     * The files a command line names: a file as it is, a folder as the {@code *.txt} files in it (sorted).
     * A path that does not exist is kept, so that loading it reports it.
     */
    public static List<Path> articleFiles(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inFolder = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*.txt")) {
                    ds.forEach(inFolder::add);
                } catch (IOException e) {
                    out.add(p);        // reported as unreadable when loaded
                    continue;
                }
                inFolder.sort(null);
                out.addAll(inFolder);
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
