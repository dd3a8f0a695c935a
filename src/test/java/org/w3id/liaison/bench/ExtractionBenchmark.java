package org.w3id.liaison.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3id.liaison.article.Article;
import org.w3id.liaison.article.ArticleException;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.ArticleFacts;
import org.w3id.liaison.extract.Extractor;
import org.w3id.liaison.generate.CorpusGenerator;
import org.w3id.liaison.rdf.ArticleGraph;
import org.w3id.liaison.rdf.GraphValidator;

/**
 * Per-article cost of each stage, in one thread (so operations per second are articles per second per
 * core), on the dev corpus's real reports and on generated ones. Each operation takes the next article in
 * turn; texts are in memory, so no file is read during measurement.
 *
 * <pre>{@code bash bench/jmh.sh }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {
    /** {@code dev}: the reports of ../shared/corpus/dev; {@code generated}: 500 from {@code liaison generate}. */
    @Param({"dev", "generated"})
    public String corpus;

    private final ArticleReader reader = new ArticleReader();
    private final ReferenceData ref = ReferenceData.load();
    private final Extractor extractor = new Extractor(ref);
    private final ArticleGraph writer = new ArticleGraph(ref);
    private final GraphValidator validator = new GraphValidator();
    private final List<String[]> texts = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<ArticleFacts> facts = new ArrayList<>();
    private final List<Graph> graphs = new ArrayList<>();
    private final List<String> nTriples = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void read() throws IOException, ArticleException {
        Path dir = "dev".equals(corpus) ? Path.of(System.getProperty("liaison.dev", "../shared/corpus/dev"))
                : generated();
        if (!Files.isDirectory(dir))
            throw new IllegalStateException(dir + " is not a folder of reports");
        List<Path> reports;
        try (Stream<Path> files = Files.list(dir)) {
            reports = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (reports.isEmpty())
            throw new IllegalStateException("no reports in " + dir);
        for (Path f : reports) {
            Article a;
            try {
                a = reader.read(f);      // the loader's checks: UTF-8, size, no binary or HTML page
            } catch (ArticleException e) {
                throw new ArticleException(f + ": " + e.getMessage(), e);
            }
            // the text as read, line ends made \n: it parses to the same article
            texts.add(new String[] {a.id(), a.text()});
            articles.add(a);
            facts.add(extractor.extract(a));
            graphs.add(writer.build(facts.get(facts.size() - 1)));
            StringWriter written = new StringWriter();
            RDFDataMgr.write(written, graphs.get(graphs.size() - 1), Lang.NTRIPLES);
            String nt = written.toString();
            nTriples.add(nt);
            if (!parse(nt).isIsomorphicWith(graphs.get(graphs.size() - 1)))
                throw new IllegalStateException("the N-Triples of " + f + " do not read back as its graph");
        }
    }

    private static Path generated() throws IOException {
        Path dir = Files.createTempDirectory("liaison-bench");
        new CorpusGenerator(ReferenceData.load(), 42).write(dir, 500);
        dir.toFile().deleteOnExit();
        return dir;
    }

    private int turn() {
        int i = next;
        next = (next + 1) % texts.size();
        return i;
    }

    /** Text to article: headline, dateline, paragraphs. */
    @Benchmark
    public Article parse() throws ArticleException {
        String[] t = texts.get(turn());
        return reader.parse(t[0], t[1]);
    }

    /** Article to facts: the extractor alone. */
    @Benchmark
    public ArticleFacts extract() {
        return extractor.extract(articles.get(turn()));
    }

    /** Facts to the article's RDF graph. */
    @Benchmark
    public Graph write() {
        return writer.build(facts.get(turn()));
    }

    /** The SHACL check of an article's graph. */
    @Benchmark
    public boolean validate() throws GraphValidator.InvalidGraphException {
        validator.check(graphs.get(turn()));
        return true;
    }

    /** All four, as the loader runs them before storing: text to a validated graph. */
    @Benchmark
    public Graph pipeline() throws ArticleException, GraphValidator.InvalidGraphException {
        String[] t = texts.get(turn());
        Graph g = writer.build(extractor.extract(reader.parse(t[0], t[1])));
        validator.check(g);
        return g;
    }

    /**
     * Jena's own parser reading each article's graph as N-Triples: not a stage of ours but a yardstick. This
     * machine has spells in which everything runs a third slower; extraction's rate over this one moved far
     * less (2.04–2.22 in four JMH runs; medians of 1.95–2.04 over the windows of four runs of
     * {@link ExtractionTimeline}, which runs the two in turns, docs/BENCHMARKS.md).
     */
    @Benchmark
    public Graph riot() {
        return parse(nTriples.get(turn()));
    }

    private static Graph parse(String nTriples) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nTriples, Lang.NTRIPLES).parse(g);
        return g;
    }
}
