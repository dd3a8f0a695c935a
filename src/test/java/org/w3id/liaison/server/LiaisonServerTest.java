package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.CountingFunction;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/** The real server on a free port over a real TDB2 database holding the seed; everything over HTTP. */
class LiaisonServerTest {
    private static final String PREFIXES = """
            PREFIX lia: <https://w3id.org/liaison/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <http://schema.org/>
            """;

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static LiaisonServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = KnowledgeStore.open(dir.resolve("db"));
        new ArticleLoader(store).load(Fixtures.SEED);
        server = LiaisonServer.create().port(0).dataset(store.dataset()).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static List<String> select(String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecHTTP qe = QueryExecHTTP.service(base + "/kg/sparql").query(PREFIXES + query).build()) {
            RowSet rs = qe.select();
            List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
            rs.forEachRemaining(b -> {
                List<String> cells = new ArrayList<>();
                for (var v : vars)
                    cells.add(b.get(v) == null ? "" : b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).getURI());
                rows.add(String.join(" | ", cells));
            });
        }
        return rows;
    }

    @Test
    void theArticleIsDescribed() {
        assertThat(select("""
                SELECT ?id ?headline ?published ?place ?date WHERE {
                  ?a a lia:Article ; dcterms:identifier ?id ; schema:headline ?headline ; schema:datePublished ?published ;
                     lia:datelinePlace/rdfs:label ?place ; lia:datelineDate ?date }"""))
                .containsExactly(Fixtures.SEED_ID + " | Senior CPC, PCC officials hold talks in Beijing | 2023-04-25 | Beijing | 2023-04-24");
    }

    @Test
    void bothOfficialsWithAllFourPosts() {
        assertThat(select("""
                SELECT ?name ?post ?party ?country WHERE {
                  ?h a lia:PositionHolding ; lia:holder ?p ; lia:position/rdfs:label ?post ; prov:wasDerivedFrom ?a ;
                     lia:attestedOn "2023-04-24"^^<http://www.w3.org/2001/XMLSchema#date> .
                  ?p a lia:Official ; rdfs:label ?name ; lia:memberOfParty/rdfs:label ?party ; lia:country/rdfs:label ?country }
                ORDER BY ?name ?post"""))
                .containsExactly(
                        "Cai Qi | member of the Secretariat of the Communist Party of China Central Committee | Communist Party of China | China",
                        "Cai Qi | member of the Standing Committee of the Political Bureau of the Communist Party of China Central Committee | Communist Party of China | China",
                        "Roberto Morales Ojeda | member of the Political Bureau of the Communist Party of Cuba Central Committee | Communist Party of Cuba | Cuba",
                        "Roberto Morales Ojeda | secretary of organization of the Communist Party of Cuba Central Committee | Communist Party of Cuba | Cuba");
    }

    @Test
    void bothPartiesWithAcronymsAndCountries() {
        assertThat(select("""
                SELECT ?name ?acronym ?country WHERE {
                  ?x a lia:Party ; rdfs:label ?name ; lia:acronym ?acronym ; lia:country/rdfs:label ?country } ORDER BY ?name"""))
                .containsExactly("Communist Party of China | CPC | China", "Communist Party of Cuba | PCC | Cuba");
    }

    @Test
    void theTalks() {
        assertThat(select("""
                SELECT ?kind ?date ?place (GROUP_CONCAT(?name; separator=", ") AS ?who) WHERE {
                  ?m a lia:Meeting ; lia:meetingKind ?kind ; lia:date ?date ; lia:place/rdfs:label ?place ;
                     lia:participant/rdfs:label ?name ; prov:wasDerivedFrom/dcterms:identifier ?id }
                GROUP BY ?kind ?date ?place"""))
                .singleElement().satisfies(row -> {
                    assertThat(row).startsWith("talks | 2023-04-24 | Beijing | ");
                    assertThat(row).contains("Cai Qi").contains("Roberto Morales Ojeda");
                });
    }

    @Test
    void theInitiativesAndWhoBacksThem() {
        assertThat(select("""
                SELECT ?who ?initiative WHERE {
                  ?e a lia:Endorsement ; lia:agent/rdfs:label ?who ; lia:initiative/rdfs:label ?initiative ;
                     prov:wasDerivedFrom ?a } ORDER BY ?who ?initiative"""))
                .containsExactly("China | Global Civilization Initiative", "China | Global Development Initiative",
                        "China | Global Security Initiative", "Cuba | Belt and Road Initiative");
        assertThat(select("SELECT ?i WHERE { ?i a lia:Initiative }")).hasSize(4);
    }

    @Test
    void sortsWithEachRowsKeyComputedOnce() {
        CountingFunction.register();
        CountingFunction.callsSinceAsked();

        List<String> rows = select("SELECT ?label WHERE { ?x rdfs:label ?label } ORDER BY <" + CountingFunction.IRI + ">(?label)");

        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(CountingFunction.callsSinceAsked()).isEqualTo(rows.size());   // Jena's own sort: twice per comparison
    }

    /**
     * The status of a write attempt, on a connection of its own: a server may close the connection after
     * refusing a request whose body it did not read, so a pooled connection must not carry the next one.
     */
    private static int statusOf(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void anonymousWritesAreRefused() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        for (String path : List.of("/kg/update", "/kg", "/kg/sparql"))
            assertThat(statusOf(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build()))
                    .as("POST update to " + path).isBetween(400, 499);
        assertThat(statusOf(HttpRequest.newBuilder(URI.create(base + "/kg/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build()))
                .as("PUT to the graph store").isBetween(400, 499);
        assertThat(statusOf(HttpRequest.newBuilder(URI.create(base + "/$/datasets"))
                .POST(HttpRequest.BodyPublishers.ofString("dbName=x&dbType=mem"))
                .header("Content-Type", "application/x-www-form-urlencoded").build()))
                .as("POST to the admin API").isBetween(400, 499);
        assertThat(select("SELECT * WHERE { <urn:x> ?p ?o }")).isEmpty();
    }

    @Test
    void otherBrowserConsolesMayQuery() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=ASK%7B%7D"))
                .header("Origin", "https://yasgui.example").header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        assertThat(r.body()).contains("\"boolean\"").contains("true");
    }

    @Test
    void resultsComeInTheFormatAsked() throws Exception {
        String q = java.net.URLEncoder.encode(PREFIXES + "SELECT ?n WHERE { ?p a lia:Official ; rdfs:label ?n } ORDER BY ?n",
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + q))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.body().lines()).containsExactly("n", "Cai Qi", "Roberto Morales Ojeda");
        HttpResponse<String> xml = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + q))
                .header("Accept", "application/sparql-results+xml").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(xml.body()).contains("<literal xml:lang=\"en\">Cai Qi</literal>");
    }

    @Test
    void eachResponseIsWrittenThroughABufferThePoolKeeps() {
        // a buffer larger than the pool keeps is allocated and zeroed for every response (Fuseki's 5 MiB was)
        for (Connector connector : server.jetty().getConnectors()) {
            int size = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getOutputBufferSize();
            assertThat(connector.getByteBufferPool()).isInstanceOfSatisfying(ArrayByteBufferPool.class,
                    pool -> assertThat(size).isPositive().isLessThanOrEqualTo(pool.getMaxCapacity()));
        }
    }

    @Test
    void theConsoleOffersExampleQueriesWithABundledEditor() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("kg/sparql").contains("Who met whom").contains("Initiatives and who backs them")
                .contains("yasgui/yasgui.min.js").doesNotContain("//cdn");
        HttpResponse<String> js = http.send(HttpRequest.newBuilder(URI.create(base + "/yasgui/yasgui.min.js")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body().length()).isGreaterThan(100_000);
    }
}
