package org.w3id.liaison.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.liaison.authority.LinkTarget;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.KnowledgeStore;

/**
 * Reconciles the graph's officials and parties that have no Wikidata link yet against a Wikidata-shaped
 * SPARQL endpoint (Wikidata's own by default): names are looked up as labels and aliases, many per request,
 * and each subject's candidates go to the {@link Scorer}. The links found replace, in one transaction, the
 * named graph of the Wikidata linkset, so running it again gives the same graph, not a second copy.
 *
 * <pre>{@code
 * List<Decision> d = new Reconciler(store, LinkTarget.WIKIDATA.sparqlEndpoint(), 0.9).run(System.out::println);
 * }</pre>
 */
public final class Reconciler {
    /** Names per request: Wikidata answers a VALUES block of this size well within its time limit. */
    static final int BATCH = 40;
    static final String USER_AGENT = "Liaison/0.1 (https://w3id.org/liaison/; linked-data reconciliation)";

    private static final String WD = LIA.WIKIDATA;

    private final KnowledgeStore store;
    private final String endpoint;
    private final Scorer scorer;
    private final Node linkGraph = NodeFactory.createURI(LinkTarget.WIKIDATA.linksetIri());

    public Reconciler(KnowledgeStore store, String endpoint, double threshold) {
        this.store = store;
        this.endpoint = endpoint;
        this.scorer = new Scorer(threshold);
    }

    /**
     * Decides every subject, tells {@code each} of it, and — unless {@code write} is false — stores the links.
     * Nothing is stored if the endpoint fails part way.
     */
    public List<Decision> run(boolean write, Consumer<Decision> each) {
        List<Subject> subjects = subjects();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i += BATCH) {
            List<Subject> batch = subjects.subList(i, Math.min(subjects.size(), i + BATCH));
            Map<String, List<Candidate>> byName = candidates(batch);
            for (Subject s : batch) {
                Decision d = scorer.decide(s, byName.getOrDefault(s.label(), List.of()));
                decisions.add(d);
                each.accept(d);
            }
        }
        if (write) {
            Graph links = GraphFactory.createDefaultGraph();
            decisions.stream().filter(Decision::linked).forEach(d -> links.add(NodeFactory.createURI(d.subject().iri()),
                    LIA.sameAs, NodeFactory.createURI(d.best().orElseThrow())));
            store.replace(linkGraph, links);
            store.describe();
        }
        return decisions;
    }

    /** Officials and parties with no Wikidata link other than one this command wrote before. */
    List<Subject> subjects() {
        String query = LIA.SPARQL_PROLOGUE + """
                SELECT ?thing ?kind (MIN(?name) AS ?label) (SAMPLE(?c) AS ?country) (SAMPLE(?p) AS ?party) WHERE {
                  VALUES ?kind { lia:Official lia:Party }
                  ?thing a ?kind ; rdfs:label ?name .
                  FILTER NOT EXISTS { GRAPH ?g { ?thing owl:sameAs ?known } FILTER(?g != %1$s && STRSTARTS(STR(?known), "%2$s")) }
                  OPTIONAL { ?thing lia:country/owl:sameAs ?c FILTER(STRSTARTS(STR(?c), "%2$s")) }
                  OPTIONAL { ?thing lia:memberOfParty/owl:sameAs ?p FILTER(STRSTARTS(STR(?p), "%2$s")) }
                } GROUP BY ?thing ?kind ORDER BY ?thing
                """.formatted(NodeFmtLib.strNT(linkGraph), WD);
        List<Subject> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(query).select().forEachRemaining(row -> {
            Subject.Kind kind = row.get("kind").equals(LIA.Official) ? Subject.Kind.OFFICIAL : Subject.Kind.PARTY;
            out.add(new Subject(row.get("thing").getURI(), row.get("label").getLiteralLexicalForm(), kind,
                    item(row.get("country")), item(row.get("party"))));
        }));
        return out;
    }

    private static Optional<String> item(Node n) {
        return n == null ? Optional.empty() : Optional.of(n.getURI());
    }

    /** The items whose English label or alias is one of the names, with their kinds, countries and parties. */
    Map<String, List<Candidate>> candidates(List<Subject> batch) {
        String names = batch.stream().map(s -> NodeFmtLib.strNT(NodeFactory.createLiteralLang(s.label(), "en")))
                .distinct().collect(Collectors.joining(" "));
        String query = LIA.SPARQL_PROLOGUE + """
                SELECT ?name ?item ?how ?type ?country ?party WHERE {
                  VALUES ?name { %s }
                  { ?item rdfs:label ?name BIND("label" AS ?how) } UNION { ?item skos:altLabel ?name BIND("alias" AS ?how) }
                  OPTIONAL { ?item wdt:P31 ?type }
                  OPTIONAL { { ?item wdt:P27 ?country } UNION { ?item wdt:P17 ?country } }
                  OPTIONAL { ?item wdt:P102 ?party }
                }
                """.formatted(names);
        Map<String, Map<String, Builder>> found = new HashMap<>();
        try (QueryExecHTTP qe = QueryExecHTTP.service(endpoint).query(query).httpHeader("User-Agent", USER_AGENT)
                .timeout(60, TimeUnit.SECONDS).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(row -> {
                String name = row.get("name").getLiteralLexicalForm();
                Builder b = found.computeIfAbsent(name, k -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("item").getURI(), Builder::new);
                b.byLabel |= "label".equals(row.get("how").getLiteralLexicalForm());
                if (row.get("type") != null)
                    b.types.add(row.get("type").getURI().substring(WD.length()));
                if (row.get("country") != null)
                    b.countries.add(row.get("country").getURI());
                if (row.get("party") != null)
                    b.parties.add(row.get("party").getURI());
            });
        }
        Map<String, List<Candidate>> out = new HashMap<>();
        found.forEach((name, items) -> out.put(name, items.values().stream().map(Builder::build).toList()));
        return out;
    }

    private static final class Builder {
        final String item;
        boolean byLabel;
        final LinkedHashSet<String> types = new LinkedHashSet<>();
        final LinkedHashSet<String> countries = new LinkedHashSet<>();
        final LinkedHashSet<String> parties = new LinkedHashSet<>();

        Builder(String item) {
            this.item = item;
        }

        Candidate build() {
            return new Candidate(item, byLabel, types, countries, parties);
        }
    }
}
