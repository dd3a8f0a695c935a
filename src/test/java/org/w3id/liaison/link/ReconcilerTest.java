package org.w3id.liaison.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.authority.LinkTarget;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/**
 * {@code liaison link}'s reconciliation against a real local Fuseki serving a Wikidata-shaped fixture
 * ({@code testing/wikidata-fixture.ttl}): the same HTTP code path as Wikidata's endpoint.
 */
class ReconcilerTest {
    @TempDir
    static Path dir;
    static FusekiServer wikidata;
    static String endpoint;
    static KnowledgeStore store;

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, Fixtures.testing("wikidata-fixture.ttl").toString());
        wikidata = FusekiServer.create().loopback(true).port(0).add("/wd", fixture, false).build().start();
        endpoint = "http://localhost:" + wikidata.getHttpPort() + "/wd/sparql";
        store = KnowledgeStore.open(dir.resolve("db"));
        new ArticleLoader(store).loadAll(List.of(Fixtures.SEED, Fixtures.testing("party-endorses.txt")), o -> {});
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
        store.close();
    }

    static Map<String, Decision> byLabel(List<Decision> decisions) {
        return decisions.stream().collect(Collectors.toMap(d -> d.subject().label(), Function.identity()));
    }

    @Test
    void officialsAndPartiesWithoutACuratedLinkAreDecidedByKindCountryAndParty() {
        Map<String, Decision> d = byLabel(new Reconciler(store, endpoint, 0.9).run(false, x -> {}));
        // the Communist Party of China has a curated link: not asked again
        assertThat(d.keySet()).containsExactlyInAnyOrder("Cai Qi", "Roberto Morales Ojeda", "Wang Huning",
                "Gustavo Porras", "Sandinista National Liberation Front", "Communist Party of Cuba");
        // label, human, Chinese and CPC beat a namesake known by alias only
        assertThat(d.get("Cai Qi").outcome()).isEqualTo(Decision.Outcome.LINKED);
        assertThat(d.get("Cai Qi").best()).hasValue(LIA.WIKIDATA + "Q900001");
        assertThat(d.get("Cai Qi").score()).isEqualTo(1.0);
        assertThat(d.get("Roberto Morales Ojeda").best()).hasValue(LIA.WIKIDATA + "Q900003");
        // the Costa Rican namesake loses on country
        assertThat(d.get("Gustavo Porras").outcome()).isEqualTo(Decision.Outcome.LINKED);
        assertThat(d.get("Gustavo Porras").best()).hasValue(LIA.WIKIDATA + "Q900006");
        assertThat(d.get("Sandinista National Liberation Front").best()).hasValue(LIA.WIKIDATA + "Q900008");
        // two Chinese namesakes with nothing to tell them apart: no link
        assertThat(d.get("Wang Huning").outcome()).isEqualTo(Decision.Outcome.AMBIGUOUS);
        // a party of that name with no country, and a street: not sure enough
        assertThat(d.get("Communist Party of Cuba").outcome()).isEqualTo(Decision.Outcome.BELOW_THRESHOLD);
        assertThat(d.get("Communist Party of Cuba").best()).hasValue(LIA.WIKIDATA + "Q900009");
    }

    @Test
    void linksAreStoredInTheLinksetGraphAndARunAgainReplacesThem() {
        Reconciler reconciler = new Reconciler(store, endpoint, 0.9);
        reconciler.run(true, x -> {});
        reconciler.run(true, x -> {});
        Node graph = NodeFactory.createURI(LinkTarget.WIKIDATA.linksetIri());
        Txn.executeRead(store.dataset(), () -> {
            var links = store.dataset().getGraph(graph);
            assertThat(links.size()).isEqualTo(4);
            assertThat(links.contains(NodeFactory.createURI(LIA.ID + "official/cai-qi"), LIA.sameAs,
                    NodeFactory.createURI(LIA.WIKIDATA + "Q900001"))).isTrue();
            assertThat(links.contains(NodeFactory.createURI(LIA.ID + "official/wang-huning"), Node.ANY, Node.ANY)).isFalse();
        });
    }

    @Test
    void anEndpointThatFailsStoresNothing() {
        Node graph = NodeFactory.createURI(LinkTarget.WIKIDATA.linksetIri());
        long before = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getGraph(graph).size());
        String gone = "http://localhost:" + wikidata.getHttpPort() + "/no-such-dataset/sparql";
        assertThatThrownBy(() -> new Reconciler(store, gone, 0.9).run(true, x -> {})).isInstanceOf(RuntimeException.class);
        assertThat(Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getGraph(graph).size())).isEqualTo(before);
    }
}
