package org.w3id.liaison.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The vocabulary class and ontology/liaison.ttl say the same: every lia: term is defined, labelled and explained. */
class OntologyTest {
    private static final Node COMMENT = NodeFactory.createURI(LIA.RDFS + "comment");
    private static final Node DOMAIN = NodeFactory.createURI(LIA.RDFS + "domain");
    private static final Node RANGE = NodeFactory.createURI(LIA.RDFS + "range");
    private static final Node SUBCLASS = NodeFactory.createURI(LIA.RDFS + "subClassOf");
    private final Graph ontology = RDFDataMgr.loadGraph(Path.of("ontology", "liaison.ttl").toString());

    private static List<Node> terms() throws IllegalAccessException {
        List<Node> out = new ArrayList<>();
        for (Field f : LIA.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class
                    && ((Node) f.get(null)).getURI().startsWith(LIA.NS))
                out.add((Node) f.get(null));
        return out;
    }

    @Test
    void everyTermHasALabelAndAComment() throws Exception {
        assertThat(terms()).hasSizeGreaterThan(25);
        for (Node term : terms()) {
            assertThat(ontology.find(term, LIA.label, Node.ANY).hasNext()).as("label of " + term).isTrue();
            assertThat(ontology.find(term, COMMENT, Node.ANY).hasNext()).as("comment of " + term).isTrue();
        }
    }

    @Test
    void everyPropertyHasADomainOrRange() throws Exception {
        for (Node term : terms())
            if (Character.isLowerCase(term.getLocalName().charAt(0)))
                assertThat(ontology.find(term, DOMAIN, Node.ANY).hasNext() || ontology.find(term, RANGE, Node.ANY).hasNext())
                        .as("domain or range of " + term).isTrue();
    }

    @Test
    void theContractsAlignments() {
        assertThat(ontology.contains(LIA.Official, SUBCLASS, NodeFactory.createURI(LIA.FOAF + "Person"))).isTrue();
        assertThat(ontology.contains(LIA.Party, SUBCLASS, NodeFactory.createURI(LIA.ORG + "Organization"))).isTrue();
        assertThat(ontology.contains(LIA.Organization, SUBCLASS, NodeFactory.createURI(LIA.ORG + "Organization"))).isTrue();
        assertThat(ontology.contains(LIA.Position, SUBCLASS, NodeFactory.createURI(LIA.ORG + "Post"))).isTrue();
        assertThat(ontology.contains(LIA.PositionHolding, SUBCLASS, NodeFactory.createURI(LIA.ORG + "Membership"))).isTrue();
        assertThat(ontology.contains(LIA.Meeting, SUBCLASS, NodeFactory.createURI(LIA.SCHEMA + "Event"))).isTrue();
        assertThat(ontology.contains(LIA.Meeting, SUBCLASS, NodeFactory.createURI(LIA.PROV + "Activity"))).isTrue();
        assertThat(ontology.contains(LIA.Article, SUBCLASS, NodeFactory.createURI(LIA.SCHEMA + "NewsArticle"))).isTrue();
    }
}
