package org.w3id.liaison.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/** The ontology ({@code ontology/liaison.ttl}) as shipped in the jar, read once. */
public final class Ontology {
    private static final String FILE = "/org/w3id/liaison/ontology/liaison.ttl";
    private static volatile Graph graph;

    private Ontology() {}

    /** The ontology's triples; read-only, shared. */
    public static Graph graph() {
        Graph g = graph;
        if (g == null) {
            synchronized (Ontology.class) {
                if (graph == null)
                    graph = read();
                g = graph;
            }
        }
        return g;
    }

    /** The ontology's Turtle file as written, comments and all; the caller closes it. */
    public static InputStream turtle() {
        InputStream in = Ontology.class.getResourceAsStream(FILE);
        if (in == null)
            throw new IllegalStateException("the ontology is missing from the classpath: " + FILE);
        return in;
    }

    private static Graph read() {
        try (InputStream in = turtle()) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new GraphReadOnly(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ontology " + FILE, e);
        }
    }
}
