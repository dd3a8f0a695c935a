package org.w3id.liaison.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.DatasetDescription;
import org.w3id.liaison.web.Format;

/**
 * A SPARQL 1.1 Service Description at the endpoint: a GET with no query (what a client does to learn what the
 * endpoint is) gets the description in RDF instead of an error; every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!"GET".equals(req.getMethod()) || req.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Vary", "Accept");
        Negotiation.rdf(resp, describe(req.getRequestURL().toString()), Negotiation.choose(req).orElse(Format.TURTLE));
    }

    private static Graph describe(String endpoint) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createBlankNode();
        add(g, service, LIA.type, sd("Service"));
        add(g, service, sd("endpoint"), NodeFactory.createURI(endpoint));
        add(g, service, sd("supportedLanguage"), sd("SPARQL11Query"));
        add(g, service, sd("feature"), sd("UnionDefaultGraph"));
        add(g, service, sd("feature"), sd("BasicFederatedQuery"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"})
            add(g, service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f));
        add(g, service, sd("defaultDataset"), DatasetDescription.GRAPH);
        add(g, DatasetDescription.GRAPH, LIA.type, sd("Dataset"));
        add(g, DatasetDescription.GRAPH, LIA.type, NodeFactory.createURI(LIA.VOID + "Dataset"));
        add(g, service, NodeFactory.createURI(LIA.DCTERMS + "description"), NodeFactory.createLiteralLang(
                "Read-only SPARQL 1.1 query over Liaison's knowledge graph; the default graph is the union of the "
                        + "reports' named graphs; SERVICE calls only to an allow-list of endpoints.", "en"));
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(LIA.SD + local);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
