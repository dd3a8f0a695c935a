package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts grouped on node ids give what Jena's own grouping gives, row for row and in the same order (most of
 * these queries have no {@code ORDER BY}: the groups' order is the grouping's own): the same rows in two real
 * TDB2 databases, one with {@link StoreExecutor} installed and one without, over values of every kind — IRIs,
 * blank nodes, plain, language-tagged and typed literals, integers small enough to be stored inline and one too
 * big — and over rows that bind values the store does not hold, or holds under another lexical form.
 */
class GroupOnIdsTest {
    private static final String EX = "http://example.org/";
    private static final String PREFIX = "PREFIX ex: <" + EX + ">\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

    @TempDir
    static Path dir;

    private static SideBySide stores;

    @BeforeAll
    static void twoDatabasesWithTheSameRows() {
        stores = new SideBySide(dir, quads(new Random(5), 600));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // each kind of count, over rows of the store
        "SELECT ?set (COUNT(*) AS ?n) { ?r ex:in ?set } GROUP BY ?set",
        "SELECT ?set (COUNT(?v) AS ?n) { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } GROUP BY ?set",
        "SELECT ?set (COUNT(DISTINCT ?v) AS ?n) { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } GROUP BY ?set",
        "SELECT ?set (COUNT(*) AS ?rows) (COUNT(?v) AS ?values) (COUNT(DISTINCT ?v) AS ?distinct) "
            + "{ ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } GROUP BY ?set ORDER BY DESC(?rows) ?set",
        // keys of every kind, some unbound; many groups (the grouping's hash map grows)
        "SELECT ?set ?w (COUNT(*) AS ?n) { ?r ex:in ?set OPTIONAL { ?r ex:w ?w } } GROUP BY ?set ?w",
        "SELECT ?num (COUNT(*) AS ?n) { ?r ex:num ?num } GROUP BY ?num",
        "SELECT ?v (COUNT(DISTINCT ?r) AS ?n) { ?r ex:v ?v } GROUP BY ?v",
        "SELECT ?r (COUNT(?v) AS ?n) { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } GROUP BY ?r",
        // no counts; no keys
        "SELECT ?set { ?r ex:in ?set } GROUP BY ?set",
        "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?v) AS ?d) { ?r ex:v ?v }",
        "SELECT (COUNT(*) AS ?n) { ?r ex:nothing ?x }",
        // values that are not the store's ids: the same term as a stored one, another lexical form of an
        // inline integer ("01" is not "1"), terms the store lacks
        "SELECT ?num (COUNT(*) AS ?n) { { ?r ex:num ?num } UNION { VALUES ?num { 1 \"01\"^^xsd:integer 7 ex:x1 \"new\" } } } GROUP BY ?num",
        "SELECT ?set (COUNT(DISTINCT ?v) AS ?n) { { ?r ex:in ?set ; ex:v ?v } "
            + "UNION { VALUES (?set ?v) { (ex:set1 ex:x1) (ex:set1 ex:nowhere) (ex:set9 ex:x2) } } } GROUP BY ?set",
        "SELECT ?k (COUNT(*) AS ?n) { ?r ex:num ?x BIND(?x + 0 AS ?k) } GROUP BY ?k",
        // a named graph, a HAVING, a subquery
        "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?r ex:v ?v } } GROUP BY ?g",
        "SELECT ?set (COUNT(*) AS ?n) { ?r ex:in ?set } GROUP BY ?set HAVING (COUNT(*) > 80)",
        "SELECT ?n (COUNT(*) AS ?sets) { { SELECT ?set (COUNT(*) AS ?n) { ?r ex:in ?set } GROUP BY ?set } } GROUP BY ?n",
        // integers held inline whose bits are those of pointers to stored terms: two keys, not one
        "SELECT ?o (COUNT(*) AS ?n) { ?r ex:any ?o } GROUP BY ?o",
        "SELECT ?r (COUNT(DISTINCT ?o) AS ?n) { ?r ex:any ?o } GROUP BY ?r",
        // left to Jena: a key that is an expression, an aggregate that is not a count
        "SELECT ?s (COUNT(*) AS ?n) { ?r ex:in ?set } GROUP BY (STR(?set) AS ?s)",
        "SELECT ?set (SAMPLE(?w) AS ?one) (COUNT(*) AS ?n) { ?r ex:in ?set ; ex:w ?w } GROUP BY ?set",
    })
    void groupsAsJenaDoes(String query) {
        stores.assertSameRows(PREFIX + query);
    }

    @Test
    void groupingNothingGivesNoGroup() {
        String query = PREFIX + "SELECT ?x (COUNT(*) AS ?n) { ?r ex:nothing ?x } GROUP BY ?x";
        assertThat(SideBySide.select(stores.ours, query)).isEmpty();
        assertThat(SideBySide.select(stores.tdb2s, query)).isEmpty();
    }

    @Test
    void theCommonCaseIsTheOneHandled() {
        String query = PREFIX + "SELECT ?set (COUNT(DISTINCT ?v) AS ?n) { ?r ex:in ?set ; ex:v ?v } GROUP BY ?set";

        assertThat(Algebra.optimize(Algebra.compile(QueryFactory.create(query))).toString()).contains("(group (?set)");
    }

    /**
     * Rows in seven sets (a tenth of them blank nodes); values (IRIs and blank nodes, some also in a named graph),
     * literals of several kinds, and integers, one too big to be stored inline.
     */
    private static List<Quad> quads(Random random, int n) {
        List<Node> words = List.of(NodeFactory.createLiteralString("a"), NodeFactory.createLiteralLang("a", "en"),
                NodeFactory.createLiteralLang("a", "fr"), NodeFactory.createLiteralDT("a", XSDDatatype.XSDtoken),
                NodeFactory.createLiteralDT("2024-05-01", XSDDatatype.XSDdate), NodeFactory.createLiteralString("b"));
        List<Node> values = new ArrayList<>();
        for (int x = 0; x < 10; x++)
            values.add(iri("x" + x));
        values.add(NodeFactory.createBlankNode());
        values.add(NodeFactory.createBlankNode());
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node row = i % 10 == 9 ? NodeFactory.createBlankNode() : iri("r" + i);
            quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("in"), iri("set" + random.nextInt(7))));
            for (int v = random.nextInt(3); v > 0; v--) {
                Node value = values.get(random.nextInt(values.size()));
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("v"), value));
                if (random.nextInt(3) == 0)
                    quads.add(Quad.create(iri("g" + random.nextInt(2)), row, iri("v"), value));
            }
            if (random.nextBoolean())
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("w"), words.get(random.nextInt(words.size()))));
            if (random.nextInt(3) == 0) {
                String num = random.nextInt(20) == 0 ? "123456789012345678901234567890" : Integer.toString(random.nextInt(12));
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("num"), NodeFactory.createLiteralDT(num, XSDDatatype.XSDinteger)));
            }
        }
        // every integer up to 4,000 and every term stored so far (most at node table offsets below that)
        // as the values of one property: an inline integer and a pointer can have the same 56 bits
        for (int k = 0; k <= 4_000; k++)
            quads.add(Quad.create(Quad.defaultGraphIRI, iri("ints"), iri("any"), NodeFactory.createLiteralDT(Integer.toString(k), XSDDatatype.XSDinteger)));
        List<Node> terms = new ArrayList<>();
        quads.forEach(q -> { terms.add(q.getSubject()); terms.add(q.getObject()); });
        terms.stream().distinct().filter(t -> !t.isBlank()).forEach(t -> quads.add(Quad.create(Quad.defaultGraphIRI, iri("terms"), iri("any"), t)));
        return quads;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }
}
