package org.w3id.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Reports;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/** Descriptions on a real TDB2 store of 250 reports, in each of which a CPC official meets a guest. */
class DescriberTest {
    static final int REPORTS = 250;
    static final Node CPC = NodeFactory.createURI(LIA.ID + "party/communist-party-of-china");

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static Describer describer;

    @BeforeAll
    static void load() throws Exception {
        Reports.write(dir.resolve("reports"), REPORTS);
        store = KnowledgeStore.open(dir.resolve("db"));
        new ArticleLoader(store).loadAll(ArticleLoader.articleFiles(List.of(dir.resolve("reports"))), o -> {});
        describer = new Describer(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aBusyPartyGetsItsLatestMeetingsAndTheTotals() {
        Describer.Description d = describer.describe(CPC).orElseThrow();
        assertThat(d.facts()).isEqualTo(REPORTS);
        assertThat(d.factsCut()).isTrue();
        var meetings = d.graph().find(Node.ANY, LIA.type, LIA.Meeting).toList();
        assertThat(meetings).hasSize(Describer.FACTS);
        // the latest: no meeting left out is later than one kept
        var kept = meetings.stream().map(t -> t.getSubject()).collect(java.util.stream.Collectors.toSet());
        var dates = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionGraph()
                .find(Node.ANY, LIA.date, Node.ANY).toList());
        String earliestKept = dates.stream().filter(t -> kept.contains(t.getSubject()))
                .map(t -> t.getObject().getLiteralLexicalForm()).min(String::compareTo).orElseThrow();
        String latestLeftOut = dates.stream().filter(t -> !kept.contains(t.getSubject()))
                .map(t -> t.getObject().getLiteralLexicalForm()).max(String::compareTo).orElseThrow();
        assertThat(earliestKept).isGreaterThanOrEqualTo(latestLeftOut);
        // of the day the cut falls on, the meetings with the first IRIs are kept
        var sameDay = dates.stream().filter(t -> t.getObject().getLiteralLexicalForm().equals(earliestKept))
                .map(t -> t.getSubject()).toList();
        String lastKeptIri = sameDay.stream().filter(kept::contains).map(Node::getURI).max(String::compareTo).orElseThrow();
        assertThat(sameDay.stream().filter(m -> !kept.contains(m)).map(Node::getURI))
                .isNotEmpty().allSatisfy(iri -> assertThat(iri).isGreaterThan(lastKeptIri));
        // and each kept meeting comes with its sentence
        meetings.forEach(m -> assertThat(d.graph().contains(m.getSubject(), LIA.excerpt, Node.ANY)).isTrue());
    }

    @Test
    void theStatementsPointingAtAThingAreCutAtTheLimit() {
        Node china = NodeFactory.createURI(LIA.ID + "country/china");
        long all = org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> (long) store.dataset().getUnionGraph().find(Node.ANY, Node.ANY, china).toList().size());
        assertThat(all).isGreaterThan(Describer.INCOMING);
        Describer.Description d = describer.describe(china).orElseThrow();
        assertThat(d.incoming()).isEqualTo(Describer.INCOMING + 1);
        assertThat(d.incomingCut()).isTrue();
        assertThat(d.graph().find(Node.ANY, Node.ANY, china).toList()).hasSize(Describer.INCOMING);
    }

    @Test
    void nothingIsDescribedForAnUnknownIri() {
        assertThat(describer.describe(NodeFactory.createURI(LIA.ID + "official/nobody"))).isEmpty();
    }

    @Test
    void aReportIsDescribedByItsGraph() {
        Node report = NodeFactory.createURI(LIA.ID + "article/report-00003");
        Describer.Description d = describer.describe(report).orElseThrow();
        assertThat(d.graph().contains(report, LIA.headline, Node.ANY)).isTrue();
        assertThat(d.graph().find(Node.ANY, LIA.type, LIA.Meeting).toList()).hasSize(1);
        assertThat(d.factsCut()).isFalse();
    }
}
