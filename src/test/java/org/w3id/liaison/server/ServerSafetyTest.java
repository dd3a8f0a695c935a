package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/**
 * What a public endpoint must withstand, against the real server: runaway queries, federated calls to
 * where they should not go, paths that try to leave the console's folder. All traffic stays on loopback.
 */
class ServerSafetyTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static LiaisonServer server;
    /** A real SPARQL endpoint on loopback standing in for Wikidata, with fixture data. */
    static FusekiServer wikidata;
    static String base;
    static String fixtureEndpoint;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                <http://www.wikidata.org/entity/Q241> <http://www.w3.org/2000/01/rdf-schema#label> "Cuba"@en .
                """, Lang.TURTLE).parse(fixture);
        wikidata = FusekiServer.create().loopback(true).port(0).add("/wd", fixture, false).build().start();
        fixtureEndpoint = "http://localhost:" + wikidata.getHttpPort() + "/wd/sparql";

        store = KnowledgeStore.open(dir.resolve("db"));
        new ArticleLoader(store).load(Fixtures.SEED);
        server = LiaisonServer.create().port(0).dataset(store.dataset()).queryTimeout(Duration.ofSeconds(1))
                .allowServices(List.of(fixtureEndpoint)).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        wikidata.stop();
        store.close();
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRunawayQueryStopsAndOthersAreStillAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> {
            try {
                return query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p }");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        HttpResponse<String> meanwhile = query("SELECT ?n WHERE { ?p a <https://w3id.org/liaison/ontology#Official> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?n } ORDER BY ?n");
        assertThat(meanwhile.statusCode()).isEqualTo(200);
        assertThat(meanwhile.body().lines()).containsExactly("n", "Cai Qi", "Roberto Morales Ojeda");

        HttpResponse<String> stopped = runaway.get();
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(query("ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
    }

    @Test
    void aRunawaySortStopsToo() throws Exception {
        // the sort's keys are computed as rows arrive (StoreExecutor): the timeout must reach the rows' source through it
        HttpResponse<String> stopped = query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c DESC(?l) LIMIT 1");

        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(query("ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
    }

    @Test
    void federatedQueriesReachAnEndpointOnTheAllowList() throws Exception {
        HttpResponse<String> r = query("SELECT ?label WHERE { SERVICE <" + fixtureEndpoint + "> { "
                + "<http://www.wikidata.org/entity/Q241> <http://www.w3.org/2000/01/rdf-schema#label> ?label } }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines()).containsExactly("label", "Cuba");
    }

    @Test
    void everyOtherServiceTargetIsRefused() throws Exception {
        String otherPathOnLoopback = "http://localhost:" + wikidata.getHttpPort() + "/other/sparql";
        for (String target : List.of(otherPathOnLoopback, "http://127.0.0.1:" + server.port() + "/kg/sparql",
                "http://10.0.0.1/sparql", "http://192.168.1.1/sparql", "file:///etc/passwd")) {
            HttpResponse<String> r = query("SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }");
            assertThat(r.statusCode()).as(target).isEqualTo(422);
            assertThat(r.body()).contains("allow-list");
        }
        HttpResponse<String> variable = query("SELECT * WHERE { BIND(<" + fixtureEndpoint + "> AS ?x) SERVICE ?x { ?s ?p ?o } }");
        assertThat(variable.statusCode()).isEqualTo(422);
    }

    @Test
    void pathsCannotLeaveTheConsolesFolder() throws Exception {
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/yasgui/..%2f..%2f..%2f..%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd",
                "/org/w3id/liaison/server/web/index.html", "/META-INF/MANIFEST.MF")) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String status = response.lines().findFirst().orElse("");
            assertThat(status).as(path).matches("HTTP/1\\.1 (400|404).*");
            assertThat(response).doesNotContain("root:");
        }
    }

    private static String raw(String request) throws Exception {
        try (Socket s = new Socket("localhost", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
