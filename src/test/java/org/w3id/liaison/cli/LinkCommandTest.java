package org.w3id.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;

/** {@code liaison link} from the command line, against a local Fuseki serving the Wikidata-shaped fixture. */
class LinkCommandTest {
    @TempDir
    Path dir;

    /** Runs a command line, returning its exit code and what it printed on standard output. */
    record Run(int exit, String out) {}

    static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new Run(Liaison.run(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void printsOneDecisionPerThingAndExitsZero() {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, Fixtures.testing("wikidata-fixture.ttl").toString());
        FusekiServer wikidata = FusekiServer.create().loopback(true).port(0).add("/wd", fixture, false).build().start();
        try {
            String db = dir.resolve("db").toString();
            assertThat(Liaison.run("load", "--db", db, Fixtures.SEED.toString())).isZero();
            Run r = run("link", "--db", db, "--endpoint", "http://localhost:" + wikidata.getHttpPort() + "/wd/sparql");
            assertThat(r.exit()).isZero();
            assertThat(r.out().lines()).containsExactlyInAnyOrder(
                    "linked\t1.00\thttps://w3id.org/liaison/id/official/cai-qi\tCai Qi\thttp://www.wikidata.org/entity/Q900001",
                    "linked\t1.00\thttps://w3id.org/liaison/id/official/roberto-morales-ojeda\tRoberto Morales Ojeda\thttp://www.wikidata.org/entity/Q900003",
                    "below-threshold\t0.80\thttps://w3id.org/liaison/id/party/communist-party-of-cuba\tCommunist Party of Cuba\thttp://www.wikidata.org/entity/Q900009");
        } finally {
            wikidata.stop();
        }
    }

    @Test
    void anEndpointThatCannotBeReachedIsOneLineAndExitTwo() {
        String db = dir.resolve("db").toString();
        assertThat(Liaison.run("load", "--db", db, Fixtures.SEED.toString())).isZero();
        assertThat(run("link", "--db", db, "--endpoint", "http://localhost:1/sparql").exit()).isEqualTo(2);
        assertThat(run("link", "--db", dir.resolve("none").toString()).exit()).isEqualTo(2);
    }
}
