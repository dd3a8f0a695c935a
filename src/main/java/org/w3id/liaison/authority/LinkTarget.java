package org.w3id.liaison.authority;

import java.util.Locale;
import org.w3id.liaison.ontology.LIA;

/**
 * The datasets Liaison's things are linked to with {@code owl:sameAs}: where their IRIs live, where they
 * answer SPARQL, and the IRI of Liaison's linkset to each (also the named graph that {@code liaison link}
 * writes its reconciled links into).
 */
public enum LinkTarget {
    WIKIDATA("Wikidata", LIA.WIKIDATA, "https://query.wikidata.org/sparql", "https://www.wikidata.org/"),
    DBPEDIA("DBpedia", LIA.DBPEDIA, "https://dbpedia.org/sparql", "https://www.dbpedia.org/");

    private final String title;
    private final String uriSpace;
    private final String sparqlEndpoint;
    private final String homepage;

    LinkTarget(String title, String uriSpace, String sparqlEndpoint, String homepage) {
        this.title = title;
        this.uriSpace = uriSpace;
        this.sparqlEndpoint = sparqlEndpoint;
        this.homepage = homepage;
    }

    public String title() { return title; }
    public String uriSpace() { return uriSpace; }
    public String sparqlEndpoint() { return sparqlEndpoint; }
    public String homepage() { return homepage; }

    /** How Liaison's dataset description names the target dataset. */
    public String datasetIri() { return Iris.DATASET + "/" + name().toLowerCase(Locale.ROOT); }

    /** Liaison's linkset to the target, and the named graph holding the links that {@code liaison link} found. */
    public String linksetIri() { return Iris.DATASET + "/links-" + name().toLowerCase(Locale.ROOT); }
}
