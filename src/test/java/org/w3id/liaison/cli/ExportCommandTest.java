package org.w3id.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.store.KnowledgeStore;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatReadsBackAsTheSameQuads() throws Exception {
        Path db = dir.resolve("db");
        assertThat(Liaison.run("load", "--db", db.toString(), Fixtures.SEED.toString(), Fixtures.testing("delegation.txt").toString()))
                .isZero();
        for (String format : new String[] {"nquads", "trig", "jsonld"}) {
            Path dump = dir.resolve("dump." + format);
            assertThat(Liaison.run("export", "--db", db.toString(), "--format", format, "--out", dump.toString())).isZero();
            DatasetGraph back = RDFDataMgr.loadDatasetGraph(dump.toString(),
                    org.apache.jena.riot.RDFLanguages.filenameToLang(dump.toString().replace(".nquads", ".nq")));
            try (KnowledgeStore store = KnowledgeStore.open(db)) {
                DatasetGraph original = store.dataset();
                Txn.executeRead(original, () -> {
                    assertThat(Txn.calculateRead(back, () -> (long) back.stream().count())).as(format).isEqualTo(store.quadCount());
                    original.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> assertThat(back.contains(q)).as(format + " " + q).isTrue());
                });
            }
        }
    }

    @Test
    void aMissingDatabaseSaysSo() {
        assertThat(Liaison.run("export", "--db", dir.resolve("none").toString())).isEqualTo(2);
    }
}
