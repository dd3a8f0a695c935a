package org.w3id.liaison.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.ontology.Ontology;

/**
 * The ontology's documentation, generated from {@code ontology/liaison.ttl} itself so that the two never
 * disagree: the ontology's title and description, then every class and property with its label, comment,
 * super-terms, domain and range; each term has an anchor named by its local name, so that
 * {@code https://w3id.org/liaison/ontology#Official} lands on its entry.
 */
public final class OntologyPage {
    private static final Node OWL_CLASS = iri(LIA.OWL + "Class");
    private static final Node COMMENT = iri(LIA.RDFS + "comment");
    private static final Map<String, Node> DETAILS = new LinkedHashMap<>();

    static {
        DETAILS.put("subclass of", iri(LIA.RDFS + "subClassOf"));
        DETAILS.put("subproperty of", iri(LIA.RDFS + "subPropertyOf"));
        DETAILS.put("domain", iri(LIA.RDFS + "domain"));
        DETAILS.put("range", iri(LIA.RDFS + "range"));
        DETAILS.put("equivalent to", iri(LIA.OWL + "equivalentProperty"));
    }

    private final Site site;

    public OntologyPage(Site site) {
        this.site = site;
    }

    public String render() {
        Graph g = Ontology.graph();
        Node ontology = iri(LIA.ONTOLOGY);
        Html h = new Html();
        h.open("header").text("h1", text(g, ontology, LIA.label));
        h.text("p", text(g, ontology, COMMENT));
        h.open("p").text("Namespace ").text("code", LIA.NS).text(", prefix ").text("code", LIA.PREFIX)
                .text(". This document as ").link("/ontology.ttl", "Turtle", false).text(".").close("p");
        h.close("header");
        section(h, g, "Classes", "classes", terms(g, true));
        section(h, g, "Properties", "properties", terms(g, false));
        return Layout.document(text(g, ontology, LIA.label), Map.of("/ontology.ttl", Format.TURTLE), h.toString());
    }

    /** The ontology's own terms, classes or properties, in the order of their local names. */
    private static List<Node> terms(Graph g, boolean classes) {
        return g.find(Node.ANY, LIA.type, Node.ANY).toList().stream().map(Triple::getSubject)
                .filter(s -> s.isURI() && s.getURI().startsWith(LIA.NS))
                .filter(s -> g.contains(s, LIA.type, OWL_CLASS) == classes)
                .distinct().sorted(Comparator.comparing(Node::getLocalName)).toList();
    }

    private void section(Html h, Graph g, String title, String id, List<Node> terms) {
        h.open("section", "aria-labelledby", id).raw("<h2 id=\"" + id + "\">").text(title).raw("</h2>");
        h.open("ul");
        terms.forEach(t -> h.open("li").link("#" + t.getLocalName(), "lia:" + t.getLocalName(), false).close("li"));
        h.close("ul");
        for (Node t : terms) {
            h.open("article", "id", t.getLocalName());
            h.open("h3").text("lia:" + t.getLocalName()).text(" — ").text(text(g, t, LIA.label)).close("h3");
            h.text("p", text(g, t, COMMENT));
            h.raw("<table><tbody>");
            h.open("tr").raw("<th scope=\"row\">IRI</th>").open("td").text("code", t.getURI()).close("td").close("tr");
            DETAILS.forEach((name, p) -> {
                List<Node> values = g.find(t, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isURI).toList();
                if (values.isEmpty())
                    return;
                h.open("tr").open("th", "scope", "row").text(name).close("th").open("td");
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0)
                        h.text(", ");
                    String v = values.get(i).getURI();
                    h.link(site.href(v), v.startsWith(LIA.NS) ? "lia:" + values.get(i).getLocalName() : v, site.external(v));
                }
                h.close("td").close("tr");
            });
            h.raw("</tbody></table>").close("article");
        }
        h.close("section");
    }

    private static String text(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
