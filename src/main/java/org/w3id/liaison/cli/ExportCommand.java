package org.w3id.liaison.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.w3id.liaison.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole database, every article's named graph, as one dump.",
                "N-Quads streams and suits Jena's own loaders (tdb2.tdbloader); TriG reads best; JSON-LD for the web."})
final class ExportCommand implements Callable<Integer> {

    enum Format {
        nquads(RDFFormat.NQUADS), trig(RDFFormat.TRIG_BLOCKS), jsonld(RDFFormat.JSONLD11);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database folder")
    Path db;

    @Option(names = "--format", defaultValue = "nquads", paramLabel = "FORMAT",
            description = "nquads, trig or jsonld (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: standard output)")
    Path out;

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.openExisting(db);
             OutputStream sink = out == null ? new UncloseableStdout() : new BufferedOutputStream(Files.newOutputStream(out))) {
            store.export(sink, format.rdf);
            sink.flush();
            return Liaison.OK;
        } catch (KnowledgeStore.StoreException e) {
            System.err.println("liaison: " + e.getMessage());
            return Liaison.FATAL;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("liaison: cannot write " + (out == null ? "the dump" : out) + ": " + e.getMessage());
            return Liaison.FATAL;
        }
    }

    /** Standard output, buffered, left open for whoever else writes to it. */
    private static final class UncloseableStdout extends BufferedOutputStream {
        UncloseableStdout() {
            super(System.out, 1 << 16);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
