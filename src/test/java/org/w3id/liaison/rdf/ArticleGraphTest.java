package org.w3id.liaison.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.Extractor;
import org.w3id.liaison.ontology.LIA;

class ArticleGraphTest {

    private Graph seed() throws Exception {
        ReferenceData ref = ReferenceData.load();
        return new ArticleGraph(ref).build(new Extractor(ref).extract(new ArticleReader().read(Fixtures.SEED)));
    }

    @Test
    void iriesAreReadableAndStable() throws Exception {
        Graph g = seed();
        Node cai = NodeFactory.createURI("https://w3id.org/liaison/id/official/cai-qi");
        assertThat(g.contains(cai, LIA.type, LIA.Official)).isTrue();
        assertThat(g.contains(cai, LIA.label, NodeFactory.createLiteralLang("Cai Qi", "en"))).isTrue();
        assertThat(ArticleGraph.graphName(Fixtures.SEED_ID).getURI())
                .isEqualTo("https://w3id.org/liaison/id/article/" + Fixtures.SEED_ID);
    }

    @Test
    void everyMeetingCarriesItsSentenceWithOffsets() throws Exception {
        Graph g = seed();
        String text = new ArticleReader().read(Fixtures.SEED).text();
        Node meeting = g.find(Node.ANY, LIA.type, LIA.Meeting).next().getSubject();
        Node excerpt = g.find(meeting, LIA.excerpt, Node.ANY).next().getObject();
        String quote = g.find(excerpt, LIA.quote, Node.ANY).next().getObject().getLiteralLexicalForm();
        int start = Integer.parseInt(g.find(excerpt, LIA.startOffset, Node.ANY).next().getObject().getLiteralLexicalForm());
        int end = Integer.parseInt(g.find(excerpt, LIA.endOffset, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertThat(text.substring(start, end)).isEqualTo(quote);
        assertThat(excerpt.getURI()).endsWith("#char=" + start + "," + end);
        assertThat(g.contains(meeting, LIA.wasDerivedFrom, ArticleGraph.graphName(Fixtures.SEED_ID))).isTrue();
    }

    @Test
    void whoBacksWhatIsEveryEndorsementsAgentAndInitiativeAndNothingElse() throws Exception {
        Graph g = seed();
        Set<List<Node>> endorsed = new HashSet<>(), backed = new HashSet<>();
        g.find(Node.ANY, LIA.type, LIA.Endorsement).forEach(t -> endorsed.add(List.of(
                g.find(t.getSubject(), LIA.agent, Node.ANY).next().getObject(),
                g.find(t.getSubject(), LIA.initiative, Node.ANY).next().getObject())));
        g.find(Node.ANY, LIA.backs, Node.ANY).forEach(t -> backed.add(List.of(t.getSubject(), t.getObject())));

        assertThat(backed).hasSize(4).isEqualTo(endorsed);
        assertThat(backed).contains(List.of(NodeFactory.createURI("https://w3id.org/liaison/id/country/cuba"),
                NodeFactory.createURI("https://w3id.org/liaison/id/initiative/belt-and-road-initiative")));
    }

    @Test
    void aPostSitsInItsOrganWhichSitsInTheParty() throws Exception {
        Graph g = seed();
        Node post = NodeFactory.createURI("https://w3id.org/liaison/id/position/"
                + "member-of-the-political-bureau-of-the-communist-party-of-cuba-central-committee");
        Node bureau = g.find(post, LIA.postIn, Node.ANY).next().getObject();
        assertThat(g.find(bureau, LIA.label, Node.ANY).next().getObject().getLiteralLexicalForm())
                .isEqualTo("Political Bureau of the Communist Party of Cuba Central Committee");
        Node committee = g.find(bureau, LIA.subOrganizationOf, Node.ANY).next().getObject();
        Node party = g.find(committee, LIA.subOrganizationOf, Node.ANY).next().getObject();
        assertThat(party.getURI()).isEqualTo("https://w3id.org/liaison/id/party/communist-party-of-cuba");
    }
}
