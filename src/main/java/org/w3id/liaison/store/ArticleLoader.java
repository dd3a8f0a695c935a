package org.w3id.liaison.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
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

    public ArticleLoader(KnowledgeStore store) {
        ReferenceData ref = ReferenceData.load();
        this.store = store;
        this.extractor = new Extractor(ref);
        this.writer = new ArticleGraph(ref);
    }

    public Outcome load(Path file) {
        try {
            Article article = reader.read(file);
            ArticleFacts facts = extractor.extract(article);
            Graph graph = writer.build(facts);
            validator.check(graph);
            store.replace(ArticleGraph.graphName(article.id()), graph);
            return new Loaded(file, article.id(), graph.size());
        } catch (ArticleException | GraphValidator.InvalidGraphException e) {
            return new Failed(file, e.getMessage());
        } catch (RuntimeException e) {
            // a defect of ours, not of the file: still one line, and the batch goes on
            return new Failed(file, "internal error: " + e);
        }
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
