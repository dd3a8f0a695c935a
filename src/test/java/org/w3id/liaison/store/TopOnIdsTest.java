package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.liaison.store.StoredRows.PREFIX;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.system.Txn;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first rows of a stored pattern picked on node ids are TDB2's own first rows, row for row: the same quads
 * in two real TDB2 databases, one with {@link StoreExecutor} and one without. 5,000 rows in five sets, values
 * of every kind with many ties ({@code ex:v}, a stretch a pass reads whole), a few links of a row to itself, 27 values for each row
 * ({@code ex:many}, 135,000 triples: more than a pass reads for 1,000 rows, and more than it reads at all).
 */
class TopOnIdsTest {
    @TempDir
    static Path dir;

    private static SideBySide stores;

    @BeforeAll
    static void twoDatabasesWithTheSameRows() {
        // ill-formed dates are among the values on purpose: Jena warns at every comparison of one
        Configurator.setLevel(NodeValue.class.getName(), Level.ERROR);
        stores = new SideBySide(dir, StoredRows.inSets(new Random(11), StoredRows.ofEveryKind()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // one triple
        "SELECT ?r ?v { ?r ex:v ?v } ORDER BY DESC(?v) LIMIT 30",
        "SELECT * { ?r ex:v ?v } ORDER BY ?v ?r LIMIT 100",
        "SELECT * { ?r ?p ex:set3 } ORDER BY ?p DESC(?r) LIMIT 7",
        "SELECT * { ?r ex:w ?w } ORDER BY ?w LIMIT 900",
        // and an optional one, its table read whole: "the latest reports", the unbound last or first
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY DESC(?v) LIMIT 50",
        "SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY ?v LIMIT 50",
        "SELECT * { ?r ex:in ex:set2 OPTIONAL { ?r ex:v ?v } } ORDER BY DESC(?v) ?r LIMIT 20",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY ?set DESC(?v) LIMIT 900",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY DESC(?v) OFFSET 10 LIMIT 20",
        // keyed on the optional triple's object
        "SELECT * { ?r ex:in ?set OPTIONAL { ?x ex:link ?r } } ORDER BY DESC(?x) ?r LIMIT 40",
        // the rows go on to more patterns, which must find ?r and ?v as bound
        "SELECT * { { SELECT ?r ?v { ?r ex:in ?set OPTIONAL { ?r ex:v ?v } } ORDER BY DESC(?v) LIMIT 60 } "
            + "?r ex:in ?s2 OPTIONAL { ?r ex:w ?w } } ORDER BY DESC(?v) ?r",
        // the pass dropped at its most, and the rows ending before it: the rows that waited joined one by one
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:many ?m } } ORDER BY DESC(?m) ?r LIMIT 10",
        "SELECT * { ?r ex:in ex:set2 OPTIONAL { ?r ex:many ?m } } ORDER BY ?m DESC(?r) LIMIT 10",
        // a property the store lacks, and a condition no triple binds
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:absent ?v } } ORDER BY ?set ?r LIMIT 10",
        "SELECT ?r { ?r ex:in ?set } ORDER BY ?nothing DESC(?r) LIMIT 5",
    })
    void givesTdb2sRows(String query) {
        assertThat(TopOnIds.of(topOf(query), ExecutionContext.create(stores.ours))).isNotNull();
        stores.assertSameRows(PREFIX + query);
    }

    @Test
    void aTermTheStoreLacksGivesNoRows() {
        String query = PREFIX + "SELECT * { ?r ex:absent ?v } ORDER BY ?v LIMIT 5";

        assertThat(SideBySide.select(stores.ours, query)).isEmpty();
        assertThat(SideBySide.select(stores.tdb2s, query)).isEmpty();
    }

    /**
     * A query cancelled (by its timeout, or its client) stops while the stored rows are read, which happens all at
     * once at the first row asked for: the rows' iterator is not cancelled itself, only the query's signal is set.
     */
    @Test
    void aCancelledQueryStopsReadingTheStoredRows() {
        OpTopN top = topOf("SELECT * { ?r ex:many ?m } ORDER BY ?m LIMIT 5");     // 135,000 triples to read
        AtomicBoolean cancelled = new AtomicBoolean(true);
        Txn.executeRead(stores.ours, () -> {
            ExecutionContext context = new ExecutionContext(stores.ours.getContext(), stores.ours.getDefaultGraph(),
                    stores.ours, OpExecutor.stdFactory, cancelled);
            QueryIterator rows = TopOnIds.of(top, context).rows(BindingFactory.empty(), context);

            assertThatThrownBy(rows::hasNext).isInstanceOf(QueryCancelledException.class);
        });
    }

    /** Shapes it does not take are left to the other steps, with the same answers. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT DISTINCT ?v { ?r ex:v ?v } ORDER BY DESC(?v) LIMIT 12",
        "SELECT * { ?r ex:v ?v } ORDER BY STR(?v) LIMIT 12",
        "SELECT * { ?r ex:in ?set ; ex:v ?v } ORDER BY ?v LIMIT 12",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:v ?v FILTER(isLiteral(?v)) } } ORDER BY ?v LIMIT 12",
        "SELECT * { ?r ex:in ?set OPTIONAL { ?r ex:link ?x . ?x ex:v ?v } } ORDER BY ?v LIMIT 12",
        "SELECT * { ?r ex:link ?r } ORDER BY ?r LIMIT 12",
        "SELECT * { GRAPH ?g { ?r ex:v ?v } } ORDER BY ?v LIMIT 12",
    })
    void leavesOtherShapes(String query) {
        assertThat(TopOnIds.of(topOf(query), ExecutionContext.create(stores.ours))).isNull();
        stores.assertSameRows(PREFIX + query);
    }

    /** It reads the stored default graph: a query whose default graph is another (FROM) is left as it is. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM ex:g { ?r ex:v ?v } ORDER BY DESC(?v) LIMIT 12",
        "SELECT * FROM ex:g { ?r ex:v ?v OPTIONAL { ?r ex:w ?w } } ORDER BY ?w ?v LIMIT 12",
    })
    void otherDefaultGraphs(String query) {
        stores.assertSameRows(PREFIX + query);
    }

    /** The query's top, in the quad form TDB2 runs. */
    private static OpTopN topOf(String query) {
        Op op = Algebra.toQuadForm(Algebra.optimize(Algebra.compile(QueryFactory.create(PREFIX + query))));
        List<OpTopN> tops = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpTopN top) {
                tops.add(top);
            }
        });
        assertThat(tops).hasSize(1);
        return tops.get(0);
    }
}
