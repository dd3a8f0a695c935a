package org.w3id.liaison.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.Extractor;
import org.w3id.liaison.ontology.LIA;

class GraphValidatorTest {
    private final GraphValidator validator = new GraphValidator();

    private Graph seedGraph() throws Exception {
        ReferenceData ref = ReferenceData.load();
        return new ArticleGraph(ref).build(new Extractor(ref).extract(new ArticleReader().read(Fixtures.SEED)));
    }

    @Test
    void theSeedGraphConforms() throws Exception {
        assertThat(validator.validate(seedGraph()).conforms()).isTrue();
    }

    @Test
    void aMeetingOfOneParticipantDoesNot() throws Exception {
        Graph g = seedGraph();
        Node meeting = g.find(Node.ANY, LIA.type, LIA.Meeting).next().getSubject();
        Triple second = g.find(meeting, LIA.participant, Node.ANY).toList().get(1);
        g.delete(second);

        assertThat(validator.validate(g).conforms()).isFalse();
        assertThatThrownBy(() -> validator.check(g))
                .isInstanceOf(GraphValidator.InvalidGraphException.class)
                .hasMessageContaining("at least two participants");
    }

    @Test
    void aMeetingOfAnUnknownKindDoesNot() throws Exception {
        Graph g = seedGraph();
        Node meeting = g.find(Node.ANY, LIA.type, LIA.Meeting).next().getSubject();
        g.remove(meeting, LIA.meetingKind, Node.ANY);
        g.add(meeting, LIA.meetingKind, org.apache.jena.graph.NodeFactory.createLiteralString("party"));
        assertThat(validator.validate(g).conforms()).isFalse();
    }
}
