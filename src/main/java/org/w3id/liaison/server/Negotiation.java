package org.w3id.liaison.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.web.Format;

/**
 * Content negotiation and writing for the linked-data paths: HTML for people (the default, as DBpedia does
 * for a client that accepts anything), Turtle, JSON-LD, N-Triples or RDF/XML for programs.
 */
final class Negotiation {
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "application/rdf+xml");
    private static final MediaType HTML = MediaType.create("text/html");

    private Negotiation() {}

    /** The RDF format the client asks for, or empty when it wants HTML. */
    static Optional<Format> choose(HttpServletRequest req) {
        MediaType chosen = ConNeg.chooseContentType(req, OFFERS, HTML);
        return Format.byMediaType(chosen.getContentTypeStr());
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        // pages are generated text and links: no script, no plugin, no framing
        resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static void rdf(HttpServletResponse resp, Graph graph, Format format) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType() + (format == Format.RDFXML ? "" : "; charset=utf-8"));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        graph.getPrefixMapping().setNsPrefixes(LIA.PREFIXES);
        OutputStream out = resp.getOutputStream();
        RDFWriter.source(graph).format(format.rdf()).output(out);
        out.flush();
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
