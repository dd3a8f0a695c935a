package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * {@code OPTIONAL}s joined on node ids give what TDB2's own executor gives, row for row: the same rows in two
 * real TDB2 databases, one with {@link StoreExecutor} installed and one without, over rows with optional
 * values, links, blank nodes, a named graph, and left rows that do not come from the store.
 */
class OptionalOnIdsTest {
    private static final String EX = "http://example.org/";
    private static final String PREFIX = "PREFIX ex: <" + EX + ">\n";

    @TempDir
    static Path dir;

    private static SideBySide stores;

    @BeforeAll
    static void twoDatabasesWithTheSameRows() {
        stores = new SideBySide(dir, quads(new Random(11), 300));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:link ?o . ?o ex:v ?v } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } OPTIONAL { ?r ex:w ?w } }",
        "SELECT * { VALUES ?r { ex:r1 ex:r2 ex:nowhere UNDEF } OPTIONAL { ?r ex:v ?v } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { GRAPH ex:g { ?r ex:v ?v } } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v OPTIONAL { ?v ex:label ?l } } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v FILTER(?v != ex:x1) } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?x ex:link ?r } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:link ?r } }",
        "SELECT ?set (COUNT(?v) AS ?n) { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } GROUP BY ?set ORDER BY ?set",
    })
    void joinsAsTdb2Does(String query) {
        stores.assertSameRows(PREFIX + query);
    }

    @Test
    void theCommonCaseIsTheOneHandled() {
        String query = PREFIX + "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } }";

        // Jena's optimizer makes an OPTIONAL over a basic pattern a "conditional": the step StoreExecutor replaces
        assertThat(Algebra.optimize(Algebra.compile(QueryFactory.create(query))).toString()).contains("(conditional");
    }

    /** Rows in five sets (a tenth of them blank nodes), some with values, second values and links; some values in a named graph. */
    private static List<Quad> quads(Random random, int n) {
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < n; i++)
            rows.add(i % 10 == 9 ? NodeFactory.createBlankNode() : iri("r" + i));
        List<Quad> quads = new ArrayList<>();
        for (Node row : rows) {
            quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("in"), iri("set" + random.nextInt(5))));
            int values = random.nextInt(3);   // none, one or two
            for (int v = 0; v < values; v++) {
                Node value = iri("x" + random.nextInt(8));
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("v"), value));
                if (random.nextBoolean())
                    quads.add(Quad.create(iri("g"), row, iri("v"), value));
            }
            if (random.nextInt(3) == 0)
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("w"), NodeFactory.createLiteralString("w" + random.nextInt(4))));
            if (random.nextInt(4) == 0)
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("link"), rows.get(random.nextInt(rows.size()))));
        }
        for (int x = 0; x < 8; x += 2)
            quads.add(Quad.create(Quad.defaultGraphIRI, iri("x" + x), iri("label"), NodeFactory.createLiteralString("x" + x)));
        return quads;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }
}
