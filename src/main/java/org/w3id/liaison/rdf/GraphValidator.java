package org.w3id.liaison.rdf;

import java.io.InputStream;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks an article's graph against {@code ontology/shapes.ttl} with jena-shacl. A graph that does not
 * conform is never stored: {@link #check(Graph)} throws with the violations spelled out.
 */
public final class GraphValidator {
    private static final String SHAPES = "/org/w3id/liaison/ontology/shapes.ttl";
    private final Shapes shapes;

    public GraphValidator() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null)
                throw new IllegalStateException("SHACL shapes missing from the classpath: " + SHAPES);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.shapes = Shapes.parse(g);
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** Throws {@link InvalidGraphException} listing the violations when the graph does not conform. */
    public void check(Graph data) throws InvalidGraphException {
        ValidationReport report = validate(data);
        if (!report.conforms()) {
            String why = report.getEntries().stream()
                    .map(e -> e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message())
                    .limit(5).collect(Collectors.joining("; "));
            throw new InvalidGraphException("violates the SHACL shapes: " + why);
        }
    }

    /** A graph that breaks the shapes. */
    public static final class InvalidGraphException extends Exception {
        public InvalidGraphException(String message) {
            super(message);
        }
    }
}
