package org.w3id.liaison.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.liaison.ontology.Ontology;
import org.w3id.liaison.store.DatasetDescription;
import org.w3id.liaison.store.KnowledgeStore;
import org.w3id.liaison.web.Format;
import org.w3id.liaison.web.OntologyPage;
import org.w3id.liaison.web.Site;

/** The documents about the dataset as a whole: its VoID description, its ontology, and its dump. */
final class DatasetServlets {
    private DatasetServlets() {}

    /**
     * {@code /.well-known/void} (RFC 8615, as the VoID note asks): the description that loading counted, in
     * the format asked for; a browser is sent to the dataset's page.
     */
    static final class VoidDescription extends HttpServlet {
        private final DatasetGraph dsg;
        private final Site site;

        VoidDescription(DatasetGraph dsg, Site site) {
            this.dsg = dsg;
            this.site = site;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setHeader("Vary", "Accept");
            Optional<Format> format = Negotiation.choose(req);
            if (format.isEmpty()) {
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", site.page(DatasetDescription.GRAPH.getURI()));
                return;
            }
            Graph g = Txn.calculateRead(dsg, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(DatasetDescription.GRAPH).find().forEach(copy::add);
                return copy;
            });
            if (g.isEmpty())
                Negotiation.text(resp, HttpServletResponse.SC_NOT_FOUND,
                        "This database has no description yet: it is written when articles are loaded (liaison load).");
            else
                Negotiation.rdf(resp, g, format.get());
        }
    }

    /**
     * The ontology at its namespace's path ({@code /ontology}, as {@code https://w3id.org/liaison/ontology#}
     * is a hash namespace, answered directly with {@code Vary: Accept}): HTML documentation for people, RDF
     * for programs; {@code /ontology.ttl} is the file as written, comments and all.
     */
    static final class OntologyDocument extends HttpServlet {
        private final String page;

        OntologyDocument(Site site) {
            this.page = new OntologyPage(site).render();
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setHeader("Vary", "Accept");
            Optional<Format> format = req.getRequestURI().endsWith(".ttl") ? Optional.of(Format.TURTLE) : Negotiation.choose(req);
            if (format.isEmpty()) {
                Negotiation.html(resp, HttpServletResponse.SC_OK, page);
            } else if (format.get() == Format.TURTLE) {
                resp.setContentType("text/turtle; charset=utf-8");
                try (InputStream in = Ontology.turtle()) {
                    in.transferTo(resp.getOutputStream());
                }
            } else {
                Graph copy = GraphFactory.createDefaultGraph();
                Ontology.graph().find().forEach(copy::add);
                Negotiation.rdf(resp, copy, format.get());
            }
        }
    }

    /** {@code /dump.nq.gz}: every named graph as gzipped N-Quads, streamed from one read transaction. */
    static final class Dump extends HttpServlet {
        private final DatasetGraph dsg;

        Dump(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("application/gzip");
            resp.setHeader("Content-Disposition", "attachment; filename=\"liaison.nq.gz\"");
            OutputStream out = resp.getOutputStream();
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            Txn.executeRead(dsg, () -> RDFDataMgr.write(gz, KnowledgeStore.namedGraphs(dsg), RDFFormat.NQUADS));
            gz.finish();
            out.flush();
        }
    }
}
