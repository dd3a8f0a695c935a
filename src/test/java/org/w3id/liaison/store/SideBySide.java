package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The same quads in two real TDB2 databases under {@code dir}: {@link #ours} runs queries with
 * {@link StoreExecutor}, {@link #tdb2s} with TDB2's own executor. For tests that ask both the same query.
 */
final class SideBySide {
    final DatasetGraph ours, tdb2s;

    SideBySide(Path dir, List<Quad> quads) {
        ours = DatabaseMgr.connectDatasetGraph(dir.resolve("ours").toString());
        tdb2s = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        for (DatasetGraph dataset : List.of(ours, tdb2s))
            Txn.executeWrite(dataset, () -> quads.forEach(dataset::add));
        StoreExecutor.install(ours);
    }

    /** That {@code query} gives rows, and the same rows in the same order on both databases. */
    void assertSameRows(String query) {
        assertThat(select(ours, query)).isNotEmpty().containsExactlyElementsOf(select(tdb2s, query));
    }

    /** The rows {@code query} gives on {@code dataset}, in the order given, each detached from the database. */
    static List<Binding> select(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<Binding> out = new ArrayList<>();
            QueryExec.dataset(dataset).query(query).select().forEachRemaining(row -> out.add(row.detach()));
            return out;
        });
    }
}
