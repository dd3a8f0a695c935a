package org.w3id.liaison.web;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.ontology.Ontology;

/**
 * What to call a property or class on a page: the ontology's own {@code rdfs:label} for Liaison's terms,
 * a plain name for the borrowed ones, the local name for anything else.
 */
final class Terms {
    private static final Map<String, String> BORROWED = Map.ofEntries(
            Map.entry(LIA.RDF + "type", "kind"),
            Map.entry(LIA.RDFS + "label", "name"),
            Map.entry(LIA.SKOS + "altLabel", "other name"),
            Map.entry(LIA.OWL + "sameAs", "same as"),
            Map.entry(LIA.DCTERMS + "identifier", "identifier"),
            Map.entry(LIA.SCHEMA + "headline", "headline"),
            Map.entry(LIA.SCHEMA + "datePublished", "published"),
            Map.entry(LIA.ORG + "postIn", "post in"),
            Map.entry(LIA.ORG + "subOrganizationOf", "part of"),
            Map.entry(LIA.PROV + "wasDerivedFrom", "source report"),
            Map.entry(LIA.PROV + "wasQuotedFrom", "quoted from"));

    /** How a page names a statement read backwards, from the thing it points at. */
    private static final Map<String, String> INVERSE = Map.ofEntries(
            Map.entry(LIA.NS + "mentions", "named in"),
            Map.entry(LIA.NS + "memberOfParty", "members"),
            Map.entry(LIA.NS + "country", "of this country"),
            Map.entry(LIA.NS + "datelinePlace", "dateline of"),
            Map.entry(LIA.ORG + "postIn", "posts in it"),
            Map.entry(LIA.ORG + "subOrganizationOf", "parts of it"),
            Map.entry(LIA.OWL + "sameAs", "same as"));

    private final Map<String, String> labels = new HashMap<>(BORROWED);

    Terms() {
        Ontology.graph().find(Node.ANY, LIA.label, Node.ANY).forEach((Triple t) -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral())
                labels.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
        });
    }

    /** The name of a property read backwards: "members" for member of party. */
    String inverse(Node property) {
        String known = INVERSE.get(property.getURI());
        return known != null ? known : label(property) + " of";
    }

    String label(Node term) {
        String iri = term.getURI();
        String known = labels.get(iri);
        if (known != null)
            return known;
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}
