package org.w3id.liaison.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.liaison.authority.Iris;
import org.w3id.liaison.authority.LinkTarget;
import org.w3id.liaison.ontology.LIA;

/**
 * The dataset's VoID description, counted from what is stored: statements, entities per class, the
 * vocabularies used, and one linkset per {@link LinkTarget} with its number of {@code owl:sameAs} links.
 * It is kept in the named graph {@link #GRAPH} (so SPARQL finds it) and served at {@code /.well-known/void}.
 *
 * <p>{@code void:triples} counts statements as stored, graph by graph, leaving out the description itself:
 * a triple that two reports both state counts twice, as each carries its own provenance. That is
 * {@code SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (?g != <…/id/dataset>) }}, and a single
 * pass over the quad index rather than a distinct over every triple.
 */
public final class DatasetDescription {
    /** The dataset's IRI, and the name of the graph describing it. */
    public static final Node GRAPH = NodeFactory.createURI(Iris.DATASET);
    /** Where a dump of the whole dataset is downloaded, relative to the server's root. */
    public static final String DUMP_PATH = "dump.nq.gz";
    /** The dates of the first and last meeting, "2015-01-05/2024-12-30" (schema.org's ISO 8601 interval). */
    public static final Node TEMPORAL_COVERAGE = NodeFactory.createURI(LIA.SCHEMA + "temporalCoverage");
    /** The SPARQL endpoint, relative to the server's root. */
    public static final String SPARQL_PATH = "kg/sparql";


    private DatasetDescription() {}

    /** Counts the dataset; call inside a transaction, with the old description already removed. */
    static Graph count(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = GRAPH;
        add(g, dataset, LIA.type, iri(LIA.VOID + "Dataset"));
        add(g, dataset, iri(LIA.DCTERMS + "title"), NodeFactory.createLiteralLang("Liaison", "en"));
        add(g, dataset, iri(LIA.DCTERMS + "description"), NodeFactory.createLiteralLang(
                "Party-to-party diplomacy drawn from news reports: officials, their posts, parties, meetings and the "
                        + "initiatives they back, each fact linked to the sentence of the report it came from.", "en"));
        add(g, dataset, iri(LIA.DCTERMS + "modified"), NodeFactory.createLiteralDT(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        add(g, dataset, iri(LIA.VOID + "sparqlEndpoint"), iri(LIA.BASE + SPARQL_PATH));
        add(g, dataset, iri(LIA.VOID + "dataDump"), iri(LIA.BASE + DUMP_PATH));
        add(g, dataset, iri(LIA.VOID + "uriSpace"), NodeFactory.createLiteralString(LIA.ID));
        add(g, dataset, iri(LIA.VOID + "feature"), iri("http://www.w3.org/ns/formats/N-Quads"));
        IndexCounts index = new IndexCounts(dsg);
        add(g, dataset, iri(LIA.VOID + "triples"), integer(index.quads()));
        add(g, dataset, iri(LIA.VOID + "entities"), integer(index.subjectsWith(LIA.type)));
        // the properties from one pass over an index, the classes from one query: their namespaces are the vocabularies
        TreeSet<String> vocabularies = new TreeSet<>();
        List<Node> used = index.properties();
        used.forEach(p -> vocabularies.add(namespace(p)));
        long properties = used.size();
        rows(dsg, "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { ?s a ?class } GROUP BY ?class ORDER BY ?class")
                .forEachRemaining(row -> {
                    vocabularies.add(namespace(row.get("class")));
                    Node partition = iri(Iris.DATASET + "/class/" + row.get("class").getLocalName());
                    add(g, dataset, iri(LIA.VOID + "classPartition"), partition);
                    add(g, partition, iri(LIA.VOID + "class"), row.get("class"));
                    add(g, partition, iri(LIA.VOID + "entities"), row.get("n"));
                });
        vocabularies.forEach(v -> add(g, dataset, iri(LIA.VOID + "vocabulary"), iri(v)));
        add(g, dataset, iri(LIA.VOID + "properties"), integer(properties));
        // the time the meetings span, as an ISO 8601 interval
        rows(dsg, LIA.SPARQL_PROLOGUE + "SELECT (STR(MIN(?d)) AS ?from) (STR(MAX(?d)) AS ?to) { ?m lia:date ?d }").forEachRemaining(row -> {
            if (row.get("from") != null)
                add(g, dataset, TEMPORAL_COVERAGE, NodeFactory.createLiteralString(
                        row.get("from").getLiteralLexicalForm() + "/" + row.get("to").getLiteralLexicalForm()));
        });
        for (LinkTarget target : LinkTarget.values())
            linkset(g, dsg, target);
        return g;
    }

    private static void linkset(Graph g, DatasetGraph dsg, LinkTarget target) {
        Node linkset = iri(target.linksetIri());
        Node other = iri(target.datasetIri());
        add(g, GRAPH, iri(LIA.VOID + "subset"), linkset);
        add(g, linkset, LIA.type, iri(LIA.VOID + "Linkset"));
        add(g, linkset, iri(LIA.VOID + "subjectsTarget"), GRAPH);
        add(g, linkset, iri(LIA.VOID + "objectsTarget"), other);
        add(g, linkset, iri(LIA.VOID + "linkPredicate"), LIA.sameAs);
        add(g, linkset, iri(LIA.VOID + "triples"), integer(number(dsg, LIA.SPARQL_PROLOGUE
                + "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { ?s owl:sameAs ?o FILTER(STRSTARTS(STR(?o), \""
                + target.uriSpace() + "\")) } }")));
        add(g, other, LIA.type, iri(LIA.VOID + "Dataset"));
        add(g, other, iri(LIA.DCTERMS + "title"), NodeFactory.createLiteralLang(target.title(), "en"));
        add(g, other, iri(LIA.FOAF + "homepage"), iri(target.homepage()));
        add(g, other, iri(LIA.VOID + "sparqlEndpoint"), iri(target.sparqlEndpoint()));
        add(g, other, iri(LIA.VOID + "uriSpace"), NodeFactory.createLiteralString(target.uriSpace()));
    }

    /** The namespace of a term: its IRI up to the last '#' or '/'. */
    private static String namespace(Node term) {
        String iri = term.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }

    private static long number(DatasetGraph dsg, String query) {
        RowSet rs = rows(dsg, query);
        return Long.parseLong(rs.next().get("n").getLiteralLexicalForm());
    }

    private static RowSet rows(DatasetGraph dsg, String query) {
        return QueryExec.dataset(dsg).query(query).build().select().materialize();
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
