package org.w3id.liaison.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.DatasetDescription;

/**
 * The home page: what the dataset holds — reports, officials, parties, countries, meetings and initiatives,
 * and the years the meetings span — read from its VoID description (counted when it was loaded, so the page
 * costs no query), a search box over names, and the ways in: the network view, the console with its
 * examples, the ontology, the VoID description and the dump.
 */
public final class HomePage {
    /** What the page counts, by class, in the order shown. */
    public static final Map<Node, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put(LIA.Article, "reports");
        COUNTED.put(LIA.Official, "officials");
        COUNTED.put(LIA.Party, "parties");
        COUNTED.put(LIA.Country, "countries");
        COUNTED.put(LIA.Meeting, "meetings");
        COUNTED.put(LIA.Initiative, "initiatives");
    }

    private static final Node PARTITION = NodeFactory.createURI(LIA.VOID + "classPartition");
    private static final Node CLASS = NodeFactory.createURI(LIA.VOID + "class");
    private static final Node ENTITIES = NodeFactory.createURI(LIA.VOID + "entities");

    /** The page for a dataset described by {@code voidGraph} (empty before anything is loaded). */
    public String render(Graph voidGraph) {
        Html h = new Html();
        h.open("header").text("h1", "Liaison");
        h.text("p", "Party-to-party diplomacy from news reports, as a linked-data knowledge graph: who met whom, "
                + "when and where, the posts officials hold, the parties and countries involved and the initiatives "
                + "they back. Every fact keeps the sentence of the report it came from.");
        h.close("header");

        h.open("section", "aria-labelledby", "holds").raw("<h2 id=\"holds\">What it holds</h2>");
        h.raw("<dl class=\"counts\">");
        COUNTED.forEach((type, name) -> h.open("div").open("dt").text(name).close("dt")
                .raw("<dd data-count=\"").text(name).raw("\">").text(String.format("%,d", count(voidGraph, type)))
                .close("dd").close("div"));
        h.raw("</dl>");
        Optional<String> span = literal(voidGraph, DatasetDescription.GRAPH, DatasetDescription.TEMPORAL_COVERAGE);
        span.ifPresent(s -> h.open("p").text("Meetings from ").raw("<time data-from>").text(s.split("/")[0])
                .raw("</time> to <time data-to>").text(s.split("/")[1]).raw("</time>.").close("p"));
        h.close("section");

        h.open("section", "aria-labelledby", "find").raw("<h2 id=\"find\">Find a name</h2>");
        h.raw("<form action=\"/search\" method=\"get\" role=\"search\"><label for=\"q\">Official, party, country, "
                + "initiative or organ</label> <input id=\"q\" name=\"q\" type=\"search\" required minlength=\"2\" "
                + "placeholder=\"Morales\"> <button type=\"submit\">Search</button></form>");
        h.close("section");

        h.open("section", "aria-labelledby", "explore").raw("<h2 id=\"explore\">Explore</h2><ul class=\"ways\">");
        way(h, "/network.html", "Network of who met whom", "officials and parties, meetings as links; filter by years, party and country; download as PNG");
        way(h, "/console.html", "SPARQL console", "with ready example queries, federated ones with Wikidata and DBpedia among them");
        way(h, "/console.html?example=Who+met+whom", "The latest meetings", "an example query, run in the console");
        way(h, "/page/dataset", "The dataset", "its VoID description: counts, vocabularies, links to Wikidata and DBpedia (also at /.well-known/void)");
        way(h, "/ontology", "The ontology", "every class and property, with its label, comment, domain and range");
        way(h, "/dump.nq.gz", "Download everything", "all statements as gzipped N-Quads, each report in its named graph");
        h.raw("</ul></section>");
        return Layout.document("Home", Map.of(), h.toString());
    }

    private static void way(Html h, String href, String title, String what) {
        h.open("li").link(href, title, false).text(" — " + what).close("li");
    }

    /** The number of things of a class, from the class partition VoID gives for it; 0 if none. */
    static long count(Graph g, Node type) {
        for (Triple p : g.find(Node.ANY, CLASS, type).toList())
            if (g.contains(DatasetDescription.GRAPH, PARTITION, p.getSubject()))
                return literal(g, p.getSubject(), ENTITIES).map(Long::parseLong).orElse(0L);
        return 0;
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst();
    }
}
