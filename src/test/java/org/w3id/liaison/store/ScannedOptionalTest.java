package org.w3id.liaison.store;

import static org.w3id.liaison.store.StoredRows.PREFIX;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code OPTIONAL { ?s p ?o }} over long left sides gives what TDB2's own executor gives, row for row, whichever
 * way {@link ScannedOptional} takes: 5,000 rows in five sets of 1,000 ({@link StoredRows#inSets}); {@code ex:v}, a short stretch (the pass
 * reads it whole, and its table answers the rows after); {@code ex:many}, 27 values for each row (135,000
 * triples: more than the pass reads for 1,000 rows, and more than it reads at all,
 * {@value PropertyPass#MOST_READ}).
 */
class ScannedOptionalTest {
    @TempDir
    static Path dir;

    private static SideBySide stores;

    @BeforeAll
    static void twoDatabasesWithTheSameRows() {
        List<Node> values = IntStream.range(0, 8).mapToObj(i -> StoredRows.iri("x" + i)).toList();
        stores = new SideBySide(dir, StoredRows.inSets(new Random(5), values));
    }

    /** The stretch ends before the rows: the rows after are answered from the pass's table. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } }",
        // the value is a node of the store other rows name as subjects: keyed on the object side
        "SELECT * { ?r ex:in ?set OPTIONAL { ?x ex:link ?r } }",
        // a row that binds both ends keeps itself only where the triple is there
        "SELECT * { ?r ex:in ?set ; ex:w ?w OPTIONAL { ?r ex:v ?w } }",
        "SELECT * { ?r ex:link ?o . ?o ex:in ?set OPTIONAL { ?r ex:link ?o } OPTIONAL { ?o ex:v ?v } }",
        // the rows the table made go on to a pattern of two triples, which must still see ?r as bound
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } OPTIONAL { ?r ex:link ?o . ?o ex:w ?w } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } OPTIONAL { ?r ex:w ?w } }",
        // rows from a subquery are not TDB2's own rows: their ids are looked up
        "SELECT * { { SELECT ?r { ?r ex:in ?set } ORDER BY ?r } OPTIONAL { ?r ex:w ?w } }",
        // the first 1,000 rows bind ?r; the two after them do not, and each is matched alone
        "SELECT * { { ?r ex:in ex:set0 } UNION { VALUES ?q { ex:r1 ex:r2 } } OPTIONAL { ?r ex:w ?w } }",
        "SELECT ?set (COUNT(?v) AS ?n) { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } GROUP BY ?set ORDER BY ?set",
        // a limit that stops the rows while the pass goes on, and one after it has ended
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } LIMIT 100",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } LIMIT 1500",
    })
    void throughThePass(String query) {
        stores.assertSameRows(PREFIX + query);
    }

    /** The rows end before the stretch, or the stretch is longer than a pass reads: every row joined by itself. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { ?r ex:in ex:set2 OPTIONAL { ?r ex:many ?m } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:many ?m } }",
    })
    void oneByOne(String query) {
        stores.assertSameRows(PREFIX + query);
    }

    /**
     * The pass reads the stored default graph: where a query's default graph is another (FROM) or its pattern is
     * in a named graph, the rows are joined as TDB2 joins them.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM ex:g { ?r ex:v ?v OPTIONAL { ?r ex:w ?w } }",
        "SELECT * FROM ex:g { ?r ex:v ?v OPTIONAL { ?r ex:v ?x } }",
        "SELECT * { GRAPH ex:g { ?r ex:v ?v OPTIONAL { ?r ex:v ?x } } }",
        "SELECT * { GRAPH ex:g { ?r ex:v ?v } OPTIONAL { ?r ex:w ?w } }",
        "SELECT * { GRAPH ?g { ?r ex:v ?v } OPTIONAL { ?r ex:w ?w } }",
    })
    void otherGraphs(String query) {
        stores.assertSameRows(PREFIX + query);
    }

    /** Fewer rows than pay for a pass, and a property the store does not have. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { VALUES ?r { ex:r1 ex:r2 ex:nowhere UNDEF } OPTIONAL { ?r ex:v ?v } }",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:many ?m } } LIMIT 5",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:absent ?v } }",
    })
    void withoutAPass(String query) {
        stores.assertSameRows(PREFIX + query);
    }
}
