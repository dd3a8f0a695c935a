package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/** The answers of repeated queries, kept until the data changes: a real server over a real TDB2 database. */
class AnswerCacheTest {
    private static final String ARTICLES =
            "SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/liaison/ontology#Article> }";
    private static final String JSON = "application/sparql-results+json";

    @TempDir
    Path dir;
    KnowledgeStore store;
    LiaisonServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        store = KnowledgeStore.open(dir.resolve("db"));
        new ArticleLoader(store).load(Fixtures.SEED);
        server = LiaisonServer.create().port(0).dataset(store.dataset()).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aQueryAskedAgainIsAnsweredFromTheCacheTheSame() throws Exception {
        HttpResponse<String> first = get(ARTICLES, JSON);
        HttpResponse<String> again = get(ARTICLES, JSON);

        assertThat(first.headers().firstValue("Cache-Status")).hasValue("liaison; fwd=miss");
        assertThat(again.headers().firstValue("Cache-Status")).hasValue("liaison; hit");
        assertThat(again.body()).isEqualTo(first.body()).contains("\"value\": \"1\"");
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
    }

    @Test
    void aKeptAnswerCarriesItsHeadersOnceAndNoneThatBelongToAnotherRequest() throws Exception {
        HttpResponse<String> first = get(ARTICLES, JSON);
        HttpResponse<String> again = get(ARTICLES, JSON);

        assertThat(first.headers().allValues("Vary")).isNotEmpty();
        assertThat(again.headers().allValues("Vary")).isEqualTo(first.headers().allValues("Vary"));
        assertThat(first.headers().firstValue("Fuseki-Request-Id")).isPresent();
        assertThat(again.headers().firstValue("Fuseki-Request-Id")).as("a hit never reaches Fuseki").isEmpty();

        String other = ARTICLES.replace("?n", "?posted");       // POSTed, Fuseki sets no Vary of its own
        HttpResponse<String> posted = post(other, JSON);
        HttpResponse<String> postedAgain = post(other, JSON);
        assertThat(postedAgain.headers().firstValue("Cache-Status")).hasValue("liaison; hit");
        assertThat(postedAgain.headers().allValues("Vary")).isEqualTo(posted.headers().allValues("Vary"));
    }

    @Test
    void theFormAskedForAndTheWayOfAskingArePartOfTheKey() throws Exception {
        get(ARTICLES, JSON);
        HttpResponse<String> csv = get(ARTICLES, "text/csv");
        assertThat(csv.headers().firstValue("Cache-Status")).hasValue("liaison; fwd=miss");
        assertThat(csv.body()).isEqualTo("n\r\n1\r\n");
        assertThat(get(ARTICLES, "text/csv").headers().firstValue("Cache-Status")).hasValue("liaison; hit");

        // the same query POSTed as a body is the same question: Fuseki still reads the body the cache read
        HttpResponse<String> posted = post(ARTICLES, JSON);
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.headers().firstValue("Cache-Status")).hasValue("liaison; hit");
        assertThat(posted.body()).contains("\"value\": \"1\"");
        HttpResponse<String> other = post(ARTICLES.replace("?n", "?count"), JSON);
        assertThat(other.headers().firstValue("Cache-Status")).hasValue("liaison; fwd=miss");
        assertThat(other.body()).contains("\"count\"");
    }

    @Test
    void aPageAskedAgainIsTheSamePageWithItsHeaders() throws Exception {
        URI page = URI.create("http://localhost:" + server.port() + "/page/official/cai-qi");
        HttpResponse<String> first = send(HttpRequest.newBuilder(page).header("Accept", "text/html").build());
        HttpResponse<String> again = send(HttpRequest.newBuilder(page).header("Accept", "text/html").build());

        assertThat(again.headers().firstValue("Cache-Status")).hasValue("liaison; hit");
        assertThat(again.body()).isEqualTo(first.body()).contains("Cai Qi");
        assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent()
                .isEqualTo(first.headers().firstValue("Content-Security-Policy"));
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
    }

    @Test
    void corsIsAnsweredForEachOriginEvenFromTheCache() throws Exception {
        String[] origins = {"https://one.example", "https://two.example"};
        for (int i = 0; i < origins.length; i++) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(server, ARTICLES)).header("Accept", JSON)
                    .header("Origin", origins[i]).build());
            assertThat(r.headers().firstValue("Cache-Status")).hasValue(i == 0 ? "liaison; fwd=miss" : "liaison; hit");
            String origin = origins[i];
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isPresent()
                    .hasValueSatisfying(v -> assertThat(v).isIn("*", origin));
        }
    }

    @Test
    void aLoadMakesTheNextAnswerFresh() throws Exception {
        assertThat(get(ARTICLES, "text/csv").body()).isEqualTo("n\r\n1\r\n");
        new ArticleLoader(store).load(Fixtures.testing("delegation.txt"));

        HttpResponse<String> after = get(ARTICLES, "text/csv");
        assertThat(after.headers().firstValue("Cache-Status")).hasValue("liaison; fwd=miss");
        assertThat(after.body()).isEqualTo("n\r\n2\r\n");
    }

    @Test
    void aHeadRequestLeavesNothingForTheGet() throws Exception {
        URI page = URI.create("http://localhost:" + server.port() + "/page/official/cai-qi");
        HttpResponse<String> head = send(HttpRequest.newBuilder(page).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        HttpResponse<String> get = send(HttpRequest.newBuilder(page).build());
        assertThat(get.headers().firstValue("Cache-Status")).hasValue("liaison; fwd=miss");
        assertThat(get.body()).contains("Cai Qi");
    }

    @Test
    void errorsAreNotKept() throws Exception {
        String broken = "SELECT ?x WHERE { ?x";
        assertThat(get(broken, JSON).statusCode()).isEqualTo(400);
        HttpResponse<String> again = get(broken, JSON);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.headers().firstValue("Cache-Status")).hasValue("liaison; fwd=miss");
    }

    @Test
    void aServerWithoutCacheComputesEveryTime() throws Exception {
        LiaisonServer plain = LiaisonServer.create().port(0).dataset(store.dataset()).queryCache(0).build().start();
        try {
            HttpResponse<String> once = send(HttpRequest.newBuilder(uri(plain, ARTICLES)).header("Accept", JSON).build());
            HttpResponse<String> twice = send(HttpRequest.newBuilder(uri(plain, ARTICLES)).header("Accept", JSON).build());
            assertThat(twice.body()).isEqualTo(once.body());
            assertThat(twice.headers().firstValue("Cache-Status")).isEmpty();
        } finally {
            plain.stop();
        }
    }

    private HttpResponse<String> get(String query, String accept) throws Exception {
        return send(HttpRequest.newBuilder(uri(server, query)).header("Accept", accept).build());
    }

    private HttpResponse<String> post(String query, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/kg/sparql"))
                .header("Accept", accept).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
    }

    private static URI uri(LiaisonServer s, String query) {
        return URI.create("http://localhost:" + s.port() + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
