package org.w3id.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.generate.CorpusGenerator;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/**
 * Timelines on a real TDB2 store of 1,000 generated reports, where a few officials meet in many of them:
 * the busiest official's timeline is what SPARQL counts over the same store.
 */
class TimelinesTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static Timelines timelines;

    @BeforeAll
    static void load() throws Exception {
        new CorpusGenerator(ReferenceData.load(), 7).write(dir.resolve("reports"), 1_000);
        store = KnowledgeStore.open(dir.resolve("db"));
        new ArticleLoader(store).loadAll(ArticleLoader.articleFiles(List.of(dir.resolve("reports"))), o -> {});
        timelines = new Timelines(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anOfficialsYearsAndPostsAreWhatSparqlCounts() {
        Node official = select("""
                SELECT ?x (COUNT(?f) AS ?n) { ?x a lia:Official . ?f lia:participant|lia:holder ?x }
                GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1""").get(0).get(0);
        Timelines.Timeline t = timelines.of(official).orElseThrow();

        List<List<Node>> years = select("""
                SELECT ?year (COUNT(DISTINCT ?m) AS ?n) { ?m lia:participant <%s> ; lia:date ?d BIND(YEAR(?d) AS ?year) }
                GROUP BY ?year ORDER BY ?year""".formatted(official.getURI()));
        assertThat(t.years()).hasSizeGreaterThan(1);
        assertThat(t.years()).extracting(y -> y.year() + ":" + y.meetings())
                .containsExactlyElementsOf(years.stream().map(r -> lexical(r.get(0)) + ":" + lexical(r.get(1))).toList());
        // enough meetings and posts held that their dates and posts are read in one pass (BatchLookup)
        assertThat(count("?m lia:participant <%s>", official)).isGreaterThan(64);
        assertThat(count("?h lia:holder <%s>", official)).isGreaterThan(64);

        List<List<Node>> posts = select("""
                SELECT ?post (STR(MIN(?d)) AS ?first) (STR(MAX(?d)) AS ?last) {
                  ?h lia:holder <%s> ; lia:position ?post ; lia:attestedOn ?d } GROUP BY ?post""".formatted(official.getURI()));
        assertThat(t.posts()).isNotEmpty();
        assertThat(t.posts()).extracting(p -> p.post() + " " + p.first() + " " + p.last())
                .containsExactlyInAnyOrderElementsOf(posts.stream()
                        .map(r -> r.get(0).getURI() + " " + lexical(r.get(1)) + " " + lexical(r.get(2))).toList());
        assertThat(t.posts()).anySatisfy(p -> assertThat(p.first()).isLessThan(p.last()));
        assertThat(t.posts()).isSortedAccordingTo(Comparator.comparing(Timelines.Span::first));
        assertThat(t.posts()).allSatisfy(p -> assertThat(p.label()).isNotEqualTo(p.post()));
    }

    @Test
    void aPartysYearsAndTheCountriesItsMembersMetAreWhatSparqlCounts() {
        Node party = select("""
                SELECT ?x (COUNT(?a) AS ?n) { ?a lia:memberOfParty ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1""")
                .get(0).get(0);
        assertThat(count("?a lia:memberOfParty <%s>", party)).isGreaterThan(64);
        Timelines.Timeline t = timelines.of(party).orElseThrow();

        List<List<Node>> years = select("""
                SELECT ?year (COUNT(DISTINCT ?m) AS ?n) {
                  ?a lia:memberOfParty <%s> . ?m lia:participant ?a ; lia:date ?d BIND(YEAR(?d) AS ?year) }
                GROUP BY ?year ORDER BY ?year""".formatted(party.getURI()));
        assertThat(t.years()).hasSizeGreaterThan(1);
        assertThat(t.years()).extracting(y -> y.year() + ":" + y.meetings())
                .containsExactlyElementsOf(years.stream().map(r -> lexical(r.get(0)) + ":" + lexical(r.get(1))).toList());

        List<List<Node>> countries = select("""
                SELECT ?year ?name (COUNT(DISTINCT ?m) AS ?n) {
                  ?a lia:memberOfParty <%1$s> . ?m lia:participant ?a, ?b ; lia:date ?d .
                  FILTER(?a != ?b) FILTER NOT EXISTS { ?b lia:memberOfParty <%1$s> }
                  ?b lia:country ?country BIND(YEAR(?d) AS ?year)
                  { SELECT ?country (SAMPLE(?label) AS ?name) { ?country rdfs:label ?label } GROUP BY ?country } }
                GROUP BY ?year ?name""".formatted(party.getURI()));
        assertThat(t.years()).flatExtracting(y -> y.countries().entrySet().stream()
                        .map(e -> y.year() + " " + e.getKey() + " " + e.getValue()).toList())
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(countries.stream()
                        .map(r -> lexical(r.get(0)) + " " + lexical(r.get(1)) + " " + lexical(r.get(2))).toList());
        // each year, the countries met most first
        t.years().forEach(y -> assertThat(List.copyOf(y.countries().values())).isSortedAccordingTo(Comparator.reverseOrder()));
    }

    @Test
    void aPortraitReadsOnceWhatTheDescriptionAndTheTimelineReadApart() {
        Describer describer = new Describer(store.dataset());
        for (String busiest : List.of(
                "SELECT ?x (COUNT(?f) AS ?n) { ?x a lia:Official . ?f lia:participant|lia:holder ?x } GROUP BY ?x",
                "SELECT ?x (COUNT(?a) AS ?n) { ?a lia:memberOfParty ?x } GROUP BY ?x")) {
            Node thing = select(busiest + " ORDER BY DESC(?n) ?x LIMIT 1").get(0).get(0);
            Describer.Portrait portrait = describer.portray(thing).orElseThrow();
            Describer.Description apart = describer.describe(thing).orElseThrow();
            // more facts than a page shows: the latest are chosen by the dates the timeline counts too
            assertThat(apart.factsCut()).isTrue();
            assertThat(portrait.description().facts()).isEqualTo(apart.facts());
            assertThat(portrait.description().incoming()).isEqualTo(apart.incoming());
            assertThat(portrait.description().graph().isIsomorphicWith(apart.graph())).isTrue();
            assertThat(portrait.timeline()).isPresent().isEqualTo(timelines.of(thing));
        }
    }

    private static int count(String pattern, Node thing) {
        return ((Number) select("SELECT (COUNT(*) AS ?n) { " + pattern.formatted(thing.getURI()) + " }").get(0).get(0)
                .getLiteralValue()).intValue();
    }

    private static String lexical(Node n) {
        return n.getLiteralLexicalForm();
    }

    private static List<List<Node>> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<List<Node>> rows = new ArrayList<>();
            RowSet rs = QueryExec.dataset(store.dataset()).query(LIA.SPARQL_PROLOGUE + query).select();
            rs.forEachRemaining(b -> rows.add(rs.getResultVars().stream().map(b::get).toList()));
            return rows;
        });
    }
}
