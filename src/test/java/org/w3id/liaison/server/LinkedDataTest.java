package org.w3id.liaison.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.authority.LinkTarget;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.ontology.Ontology;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;
import org.w3id.liaison.web.Format;

/**
 * The linked-data face over HTTP, against the real server on a TDB2 database holding the seed, a report in
 * which a party backs initiatives, and a report whose headline is markup.
 */
class LinkedDataTest {
    static final String CAI_QI = LIA.ID + "official/cai-qi";
    static final String MEETING = LIA.ID + "meeting/" + Fixtures.SEED_ID + "/1";
    static final String SENTENCE = "holds talks with Roberto Morales Ojeda, member of the Political Bureau";
    static final String HOSTILE = "<script>document.title='owned'</script> Li & \"Lima\" meet";

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static LiaisonServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();    // follows no redirects: 303s are seen

    @BeforeAll
    static void start() throws Exception {
        store = KnowledgeStore.open(dir.resolve("db"));
        Path hostile = Files.writeString(dir.resolve("hostile.txt"), HOSTILE + "\n\n"
                + "BEIJING, May 1 (Xinhua) -- Li Hua met with Ana Lima, chairwoman of the Workers' Party of Brazil, on Monday.\n");
        new ArticleLoader(store).loadAll(java.util.List.of(Fixtures.SEED, Fixtures.testing("party-endorses.txt"), hostile), o -> {});
        store.describe();
        server = LiaisonServer.create().port(0).dataset(store.dataset()).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null)
            r.header("Accept", accept);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String page(String path) throws Exception {
        HttpResponse<byte[]> r = get(path, "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Graph parse(HttpResponse<byte[]> r) {
        Lang lang = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(g);
        return g;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anOfficialsIriAnswersEachFormatWithItsDescription(Format format) throws Exception {
        HttpResponse<byte[]> see = get("/id/official/cai-qi", format.mediaType());
        assertThat(see.statusCode()).isEqualTo(303);
        assertThat(see.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(see.headers().firstValue("Location")).hasValue("/data/official/cai-qi." + format.extension());

        HttpResponse<byte[]> data = get("/data/official/cai-qi." + format.extension(), null);
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.mediaType());
        Graph g = parse(data);
        Node caiQi = iri(CAI_QI);
        assertThat(g.contains(caiQi, LIA.label, NodeFactory.createLiteralLang("Cai Qi", "en"))).isTrue();
        assertThat(g.contains(caiQi, LIA.memberOfParty, iri(LIA.ID + "party/communist-party-of-china"))).isTrue();
        // the labels of what it links to, and the n-ary facts about it with their provenance
        assertThat(g.contains(iri(LIA.ID + "party/communist-party-of-china"), LIA.label, Node.ANY)).isTrue();
        assertThat(g.contains(iri(MEETING), LIA.participant, caiQi)).isTrue();
        assertThat(g.contains(iri(MEETING), LIA.wasDerivedFrom, iri(LIA.ID + "article/" + Fixtures.SEED_ID))).isTrue();
        Node excerpt = g.find(iri(MEETING), LIA.excerpt, Node.ANY).next().getObject();
        assertThat(g.find(excerpt, LIA.quote, Node.ANY).next().getObject().getLiteralLexicalForm()).contains(SENTENCE);
        assertThat(g.find(Node.ANY, LIA.holder, caiQi).toList()).hasSize(2);
    }

    @Test
    void aBrowserIsSentToTheHtmlPage() throws Exception {
        HttpResponse<byte[]> see = get("/id/official/cai-qi", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(see.statusCode()).isEqualTo(303);
        assertThat(see.headers().firstValue("Location")).hasValue("/page/official/cai-qi");
    }

    @Test
    void anOfficialsPageListsNamesPostsMeetingsAndParties() throws Exception {
        String html = page("/page/official/cai-qi");
        assertThat(html).contains("<h1>Cai Qi</h1>", "Communist Party of China", "China",
                "member of the Standing Committee of the Political Bureau of the Communist Party of China Central Committee",
                "member of the Secretariat of the Communist Party of China Central Committee",
                "2023-04-24", "Roberto Morales Ojeda", "Beijing", SENTENCE,
                "href=\"/page/official/roberto-morales-ojeda\"", "href=\"/page/party/communist-party-of-china\"",
                "href=\"/page/article/" + Fixtures.SEED_ID + "\"");
    }

    @Test
    void aPartysPageListsMembersMeetingsCountryAcronymAndInitiativesItBacks() throws Exception {
        String cpc = page("/page/party/communist-party-of-china");
        assertThat(cpc).contains("<h1>Communist Party of China</h1>", "CPC", "href=\"/page/country/china\"",
                "href=\"/page/official/cai-qi\"", "Meetings", SENTENCE,
                "href=\"http://www.wikidata.org/entity/Q17427\" rel=\"external\"",
                "href=\"http://dbpedia.org/resource/Chinese_Communist_Party\" rel=\"external\"");
        String fsln = page("/page/party/sandinista-national-liberation-front");
        assertThat(fsln).contains("FSLN", "Nicaragua", "Initiatives backed", "Global Development Initiative",
                "Belt and Road Initiative", "firmly supports the Global Development Initiative");
    }

    @Test
    void aMeetingsPageGivesParticipantsDatePlaceAndTheQuotedSentence() throws Exception {
        String html = page("/page/meeting/" + Fixtures.SEED_ID + "/1");
        assertThat(html).contains("<h2 id=\"source\">Source</h2>", "<blockquote", SENTENCE, "talks", "2023-04-24",
                "href=\"/page/article/" + Fixtures.SEED_ID + "#char=80,495\"",
                "href=\"https://w3id.org/liaison/id/meeting/" + Fixtures.SEED_ID + "/1\"",
                "href=\"/page/official/cai-qi\"", "href=\"/page/official/roberto-morales-ojeda\"",
                "href=\"/page/place/beijing\"", "Senior CPC, PCC officials hold talks in Beijing");
    }

    @Test
    void anArticlesPageGivesHeadlineDatelineAndEveryFactDrawnFromIt() throws Exception {
        String html = page("/page/article/" + Fixtures.SEED_ID);
        assertThat(html).contains("<h1>Senior CPC, PCC officials hold talks in Beijing</h1>", "2023-04-24",
                "2023-04-25", "href=\"/page/place/beijing\"", "Named in this report", "Meetings", "Posts held",
                "Initiatives backed", "secretary of organization of the Communist Party of Cuba Central Committee",
                "Global Civilization Initiative", SENTENCE);
    }

    @Test
    void textFromAReportIsEscapedOnPages() throws Exception {
        String html = page("/page/article/hostile");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt; Li &amp; &quot;Lima&quot; meet");
        assertThat(get("/page/article/hostile", "text/html").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    }

    @Test
    void unknownThingsAre404WithAHelpfulPage() throws Exception {
        HttpResponse<byte[]> html = get("/id/official/nobody-at-all", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(new String(html.body())).contains("Not described here", "official/nobody-at-all", "href=\"/\"");
        assertThat(get("/page/official/nobody-at-all", null).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> rdf = get("/id/official/nobody-at-all", "text/turtle");
        assertThat(rdf.statusCode()).isEqualTo(404);
        assertThat(new String(rdf.body())).contains("Not described here");
        assertThat(get("/data/official/cai-qi.xyz", null).statusCode()).isEqualTo(404);
        assertThat(get("/data/official/cai-qi", null).statusCode()).isEqualTo(404);
        assertThat(get("/id/", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theSearchFindsBySurnameAndRefusesAnOverlongQuery() throws Exception {
        assertThat(page("/search?q=morales")).contains("href=\"/page/official/roberto-morales-ojeda\"");
        HttpResponse<byte[]> json = get("/search?q=CPC", "application/json");
        assertThat(new String(json.body())).contains("\"page\" : \"/page/party/communist-party-of-china\"");
        assertThat(page("/search?q=")).contains("Nothing found");
        HttpResponse<byte[]> tooLong = get("/search?q=" + "a".repeat(201), "text/html");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(new String(tooLong.body())).contains("at most 200 characters");
    }

    @Test
    void theVoidDescriptionsCountsEqualSparqlCounts() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = parse(r);
        Node dataset = iri(LIA.ID + "dataset");
        assertThat(number(g, dataset, "triples")).isEqualTo(count(
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (?g != <" + LIA.ID + "dataset>) }"));
        // counted from the indexes, equal to what SPARQL counts (the description leaving itself out)
        String described = "GRAPH ?g { %s } FILTER (?g != <" + LIA.ID + "dataset>)";
        assertThat(number(g, dataset, "entities")).isEqualTo(count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { " + described.formatted("?s a ?class") + " }")).isPositive();
        assertThat(number(g, dataset, "properties")).isEqualTo(count(
                "SELECT (COUNT(DISTINCT ?p) AS ?n) { " + described.formatted("?s ?p ?o") + " }")).isGreaterThan(10);
        assertThat(g.contains(dataset, iri(LIA.VOID + "sparqlEndpoint"), iri(LIA.BASE + "kg/sparql"))).isTrue();
        assertThat(g.contains(dataset, iri(LIA.VOID + "uriSpace"), NodeFactory.createLiteralString(LIA.ID))).isTrue();
        assertThat(g.contains(dataset, iri(LIA.VOID + "vocabulary"), iri(LIA.NS))).isTrue();
        for (LinkTarget target : LinkTarget.values()) {
            long links = count("PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o "
                    + "{ ?s owl:sameAs ?o FILTER(STRSTARTS(STR(?o), \"" + target.uriSpace() + "\")) } }");
            assertThat(links).as(target.title()).isPositive();
            assertThat(number(g, iri(target.linksetIri()), "triples")).as(target.title()).isEqualTo(links);
            assertThat(g.contains(iri(target.linksetIri()), LIA.type, iri(LIA.VOID + "Linkset"))).isTrue();
        }
        long officials = count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + LIA.NS + "Official> }");
        assertThat(number(g, iri(LIA.ID + "dataset/class/Official"), "entities")).isEqualTo(officials).isEqualTo(6);
        // and it is in the graph, for SPARQL
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?d a <" + LIA.VOID + "Dataset> ; <" + LIA.VOID + "triples> ?t }")).isEqualTo(1);
    }

    @Test
    void theEndpointDescribesItselfWithAServiceDescription() throws Exception {
        HttpResponse<byte[]> r = get("/kg/sparql", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = parse(r);
        Node service = g.find(Node.ANY, LIA.type, iri(LIA.SD + "Service")).next().getSubject();
        assertThat(g.contains(service, iri(LIA.SD + "endpoint"), iri(base + "/kg/sparql"))).isTrue();
        assertThat(g.contains(service, iri(LIA.SD + "supportedLanguage"), iri(LIA.SD + "SPARQL11Query"))).isTrue();
        assertThat(g.contains(service, iri(LIA.SD + "feature"), iri(LIA.SD + "UnionDefaultGraph"))).isTrue();
        // a query still runs
        assertThat(count("SELECT (COUNT(*) AS ?n) { ?s a <" + LIA.NS + "Meeting> }")).isEqualTo(3);
    }

    @Test
    void theOntologyIsServedAtItsNamespaceAsHtmlAndRdf() throws Exception {
        String html = page("/ontology");
        assertThat(html).contains("Liaison ontology", "id=\"Official\"", "id=\"memberOfParty\"", "id=\"PositionHolding\"",
                "http://xmlns.com/foaf/0.1/Person");
        Graph turtle = parse(get("/ontology", "text/turtle"));
        assertThat(IsoMatcher.isomorphic(turtle, Ontology.graph())).isTrue();
        Graph jsonld = parse(get("/ontology", "application/ld+json"));
        assertThat(IsoMatcher.isomorphic(jsonld, Ontology.graph())).isTrue();
        HttpResponse<byte[]> file = get("/ontology.ttl", null);
        assertThat(new String(file.body())).startsWith("@prefix lia:");
    }

    @Test
    void theDumpHoldsEveryStoredQuad() throws Exception {
        HttpResponse<byte[]> r = get("/dump.nq.gz", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("liaison.nq.gz"));
        DatasetGraph dump = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body()))).lang(Lang.NQUADS).parse(dump);
        assertThat(org.apache.jena.atlas.iterator.Iter.count(dump.find())).isEqualTo(store.quadCount());
    }

    static long number(Graph g, Node s, String voidProperty) {
        return Long.parseLong(g.find(s, iri(LIA.VOID + voidProperty), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    static long count(String query) {
        try (QueryExecHTTP qe = QueryExecHTTP.service(base + "/kg/sparql").query(query).build()) {
            return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
        }
    }
}
