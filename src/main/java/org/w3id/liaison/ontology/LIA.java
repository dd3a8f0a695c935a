package org.w3id.liaison.ontology;

import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The terms of Liaison's ontology ({@code ontology/liaison.ttl}) and of the vocabularies it builds on,
 * as Jena nodes; in the manner of RDF4J's vocabulary classes, every IRI the code uses is written here once.
 */
public final class LIA {
    private LIA() {}

    public static final String NS = "https://w3id.org/liaison/ontology#";
    public static final String PREFIX = "lia";
    /** The persistent base: w3id.org redirects every IRI under it to the server's path of the same name. */
    public static final String BASE = "https://w3id.org/liaison/";
    /** Where the resources described by the graph live. */
    public static final String ID = BASE + "id/";
    /** The ontology document, the namespace without its '#'. */
    public static final String ONTOLOGY = BASE + "ontology";

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** Wikidata's direct ("truthy") properties: {@code wdt:P31}. */
    public static final String WIKIDATA_DIRECT = "http://www.wikidata.org/prop/direct/";
    public static final String DBPEDIA = "http://dbpedia.org/resource/";

    // classes
    public static final Node Official = lia("Official");
    public static final Node Party = lia("Party");
    public static final Node Organization = lia("Organization");
    public static final Node Position = lia("Position");
    public static final Node PositionHolding = lia("PositionHolding");
    public static final Node Country = lia("Country");
    public static final Node Place = lia("Place");
    public static final Node Initiative = lia("Initiative");
    public static final Node Meeting = lia("Meeting");
    public static final Node Endorsement = lia("Endorsement");
    public static final Node Article = lia("Article");
    public static final Node Excerpt = lia("Excerpt");

    // properties
    public static final Node datelinePlace = lia("datelinePlace");
    public static final Node datelineDate = lia("datelineDate");
    public static final Node mentions = lia("mentions");
    public static final Node memberOfParty = lia("memberOfParty");
    public static final Node country = lia("country");
    public static final Node holder = lia("holder");
    public static final Node position = lia("position");
    public static final Node attestedOn = lia("attestedOn");
    public static final Node acronym = lia("acronym");
    public static final Node meetingKind = lia("meetingKind");
    public static final Node participant = lia("participant");
    public static final Node date = lia("date");
    public static final Node place = lia("place");
    public static final Node agent = lia("agent");
    public static final Node initiative = lia("initiative");
    public static final Node backs = lia("backs");
    public static final Node excerpt = lia("excerpt");
    public static final Node quote = lia("quote");
    public static final Node startOffset = lia("startOffset");
    public static final Node endOffset = lia("endOffset");

    // borrowed terms
    public static final Node type = iri(RDF + "type");
    public static final Node label = iri(RDFS + "label");
    public static final Node altLabel = iri(SKOS + "altLabel");
    public static final Node sameAs = iri(OWL + "sameAs");
    public static final Node identifier = iri(DCTERMS + "identifier");
    public static final Node headline = iri(SCHEMA + "headline");
    public static final Node title = iri(DCTERMS + "title");
    public static final Node datePublished = iri(SCHEMA + "datePublished");
    public static final Node postIn = iri(ORG + "postIn");
    public static final Node subOrganizationOf = iri(ORG + "subOrganizationOf");
    public static final Node wasDerivedFrom = iri(PROV + "wasDerivedFrom");
    public static final Node wasQuotedFrom = iri(PROV + "wasQuotedFrom");

    /** The prefix of each vocabulary above: for the writers of RDF, and for the SPARQL the code sends. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix(PREFIX, NS).setNsPrefix("rdf", RDF).setNsPrefix("rdfs", RDFS).setNsPrefix("skos", SKOS)
            .setNsPrefix("owl", OWL).setNsPrefix("org", ORG).setNsPrefix("prov", PROV).setNsPrefix("schema", SCHEMA)
            .setNsPrefix("dcterms", DCTERMS).setNsPrefix("xsd", XSD).setNsPrefix("void", VOID).setNsPrefix("foaf", FOAF)
            .setNsPrefix("sd", SD).setNsPrefix("wd", WIKIDATA).setNsPrefix("wdt", WIKIDATA_DIRECT)
            .setNsPrefix("dbr", DBPEDIA).setNsPrefix("id", ID).lock();

    /** {@link #PREFIXES} as a SPARQL prologue, one {@code PREFIX} line each. */
    public static final String SPARQL_PROLOGUE = PREFIXES.getNsPrefixMap().entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());

    private static Node lia(String local) {
        return iri(NS + local);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
