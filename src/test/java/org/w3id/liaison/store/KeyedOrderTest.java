package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.liaison.store.SideBySide.select;
import static org.w3id.liaison.store.StoredRows.PREFIX;
import static org.w3id.liaison.store.StoredRows.iri;
import static org.w3id.liaison.store.StoredRows.typed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.liaison.CountingFunction;

/**
 * Sorting with keys computed once gives Jena's own order, row for row: the same rows in two real TDB2 databases,
 * one with {@link StoreExecutor} installed and one without, asked the same {@code ORDER BY} queries over values of
 * every kind — dates with and without time zones, ill-formed ones, times, numbers, strings, IRIs, blank nodes,
 * unbound — with many ties.
 */
class KeyedOrderTest {

    @TempDir
    static Path dir;

    private static SideBySide stores;

    @BeforeAll
    static void twoDatabasesWithTheSameRows() {
        // ill-formed dates are among the values on purpose: Jena warns at every comparison of one
        Configurator.setLevel(NodeValue.class.getName(), Level.ERROR);
        stores = new SideBySide(dir, rows(new Random(7), 400));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY ?v",
        "SELECT ?r ?v ?w { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } OPTIONAL { ?r ex:w ?w } } ORDER BY DESC(?v) ?w",
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY DESC(?v) LIMIT 25",
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY ?v OFFSET 40 LIMIT 30",
        "SELECT DISTINCT ?v { ?r ex:v ?v } ORDER BY DESC(?v) LIMIT 12",
        "SELECT ?r ?w { ?r ex:in ?set OPTIONAL { ?r ex:w ?w } } ORDER BY ?w",
        "SELECT ?r ?v ?w { ?r ex:v ?v OPTIONAL { ?r ex:w ?w } } ORDER BY STR(?v) DESC(?w + 1) ?r",
        "SELECT ?set (COUNT(*) AS ?n) { ?r ex:in ?set } GROUP BY ?set ORDER BY DESC(?n) ?set",
        // the first rows of a few keys shared by many rows: the rows at the boundary narrowed again and again
        "SELECT ?r ?set { ?r ex:in ?set } ORDER BY ?set LIMIT 7",
        "SELECT ?r ?set ?w { ?r ex:in ?set OPTIONAL { ?r ex:w ?w } } ORDER BY DESC(?w) ?set LIMIT 3",
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY ?v LIMIT 150",
        // the same on Jena's rows, where TopOnIds does not pick them: two triples, an expression
        "SELECT ?r ?set ?v { ?r ex:in ?set ; ex:v ?v } ORDER BY ?set LIMIT 7",
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY DESC(STR(?v)) LIMIT 25",
        // ties between rows joined after a sub-select: TDB2 rows that hold a variable of the row they extend
        "SELECT ?r ?v ?w { { SELECT ?r ?v { ?r ex:v ?v } ORDER BY DESC(?v) LIMIT 60 } OPTIONAL { ?r ex:w ?w } } ORDER BY DESC(?v)",
        "SELECT ?r ?v ?w { { SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } LIMIT 90 } OPTIONAL { ?r ex:w ?w } } ORDER BY ?w",
        // keys bound before the stored rows are read: TDB2 gives each an id, one it marks as not stored for a term it lacks
        "SELECT ?r ?x { VALUES ?x { 3 \"b\" ex:z \"2021-11-30\"^^<http://www.w3.org/2001/XMLSchema#date> } ?r ex:in ?set } ORDER BY DESC(?x) ?r",
        "SELECT ?r ?x { VALUES ?x { 3 \"b\" ex:z } ?r ex:in ?set } ORDER BY ?x LIMIT 40",
    })
    void sortsAsJenaDoes(String query) {
        stores.assertSameRows(PREFIX + query);
    }

    @Test
    void computesEachRowsKeyOnce() {
        CountingFunction.register();
        String query = PREFIX + "SELECT ?r ?v { ?r ex:v ?v } ORDER BY <" + CountingFunction.IRI + ">(?v)";

        CountingFunction.callsSinceAsked();
        int rows = select(stores.ours, query).size();
        long ours = CountingFunction.callsSinceAsked();
        select(stores.tdb2s, query);
        long theirs = CountingFunction.callsSinceAsked();

        assertThat(ours).isEqualTo(rows);
        assertThat(theirs).isGreaterThan(2L * rows);   // Jena's comparator: both sides of every comparison
    }

    @Test
    void leavesDatasetsThatAreNotTdb2AsTheyAre() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();

        StoreExecutor.install(memory);

        assertThat(QC.getFactory(memory.getContext())).isNull();
    }

    /** Rows ex:r0… in one of five sets, most with a value of some kind, many with a second key; ties everywhere. */
    private static List<Quad> rows(Random random, int n) {
        List<Node> values = StoredRows.ofEveryKind();
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node row = iri("r" + i);
            quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("in"), iri("set" + random.nextInt(5))));
            if (random.nextInt(10) > 0)
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("v"), values.get(random.nextInt(values.size()))));
            if (random.nextBoolean())
                quads.add(Quad.create(Quad.defaultGraphIRI, row, iri("w"), typed(Integer.toString(random.nextInt(4)), XSDDatatype.XSDinteger)));
        }
        return quads;
    }
}
