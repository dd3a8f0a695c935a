package org.w3id.liaison.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.w3id.liaison.ontology.LIA;

/**
 * What the knowledge graph says about one thing, as a small graph of its own, in the manner of a
 * "concise bounded description" widened for people who read it:
 * <ul>
 *   <li>every statement about the thing, and the statements that point at it (at most {@link #INCOMING});</li>
 *   <li>each n-ary fact it takes part in — a meeting, a post held, an endorsement — whole, with the sentence
 *       it came from (for a party: the meetings of its members too, at most {@link #FACTS});</li>
 *   <li>the labels and types of everything linked, so that no IRI is shown bare;</li>
 *   <li>for a report: its named graph, every fact drawn from it.</li>
 * </ul>
 *
 * <pre>{@code
 * Optional<Graph> d = new Describer(store.dataset()).describe(NodeFactory.createURI(iri));
 * }</pre>
 */
public final class Describer {
    /** The most statements pointing at a thing that a description carries (a country is named by every report). */
    public static final int INCOMING = 2000;
    /** The most facts (meetings, holdings, endorsements) a description carries. */
    public static final int FACTS = 1000;

    private static final Set<Node> FACT_TYPES = Set.of(LIA.Meeting, LIA.PositionHolding, LIA.Endorsement);
    private static final List<Node> LABELS = List.of(LIA.type, LIA.label, LIA.headline, LIA.title, LIA.identifier,
            LIA.datePublished, LIA.datelineDate);

    private final DatasetGraph dsg;

    public Describer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The thing's description, or empty when the graph says nothing about it. */
    public Optional<Graph> describe(Node thing) {
        return Txn.calculateRead(dsg, () -> Optional.ofNullable(build(thing)));
    }

    private Graph build(Node thing) {
        Graph union = dsg.getUnionGraph();
        if (!union.contains(thing, Node.ANY, Node.ANY))
            return null;
        Graph d = GraphFactory.createDefaultGraph();
        if (union.contains(thing, LIA.type, LIA.Article) && dsg.containsGraph(thing)) {
            // a report is described by all that was drawn from it: its own named graph
            dsg.getGraph(thing).find().forEach(d::add);
        } else {
            copy(union.find(thing, Node.ANY, Node.ANY), d, Integer.MAX_VALUE);
            copy(union.find(Node.ANY, Node.ANY, thing), d, INCOMING);
            List<Node> facts = new ArrayList<>();
            if (isFact(union, thing))
                facts.add(thing);
            d.find(Node.ANY, Node.ANY, thing).forEach(t -> {
                if (isFact(union, t.getSubject()))
                    facts.add(t.getSubject());
            });
            if (union.contains(thing, LIA.type, LIA.Party))
                membersMeetings(union, thing, facts);
            facts.stream().distinct().limit(FACTS).forEach(f -> fact(union, f, d));
        }
        labels(union, d);
        return d;
    }

    private static boolean isFact(Graph union, Node n) {
        for (Node type : FACT_TYPES)
            if (union.contains(n, LIA.type, type))
                return true;
        return false;
    }

    private static void membersMeetings(Graph union, Node party, List<Node> facts) {
        for (Triple member : union.find(Node.ANY, LIA.memberOfParty, party).toList())
            for (Triple m : union.find(Node.ANY, LIA.participant, member.getSubject()).toList()) {
                if (facts.size() >= FACTS)
                    return;
                facts.add(m.getSubject());
            }
    }

    /** A fact whole, and the sentence it came from. */
    private static void fact(Graph union, Node fact, Graph d) {
        copy(union.find(fact, Node.ANY, Node.ANY), d, Integer.MAX_VALUE);
        for (Triple excerpt : union.find(fact, LIA.excerpt, Node.ANY).toList())
            copy(union.find(excerpt.getObject(), Node.ANY, Node.ANY), d, Integer.MAX_VALUE);
    }

    /** The label, type and (for reports) headline and dates of every IRI the description names. */
    private static void labels(Graph union, Graph d) {
        List<Node> named = new ArrayList<>();
        d.find().forEach(t -> {
            named.add(t.getSubject());
            named.add(t.getObject());
        });
        named.stream().distinct().filter(Node::isURI).forEach(n -> {
            for (Node p : LABELS)
                copy(union.find(n, p, Node.ANY), d, 20);
        });
    }

    private static void copy(ExtendedIterator<Triple> it, Graph into, int limit) {
        try {
            int n = 0;
            while (it.hasNext() && n++ < limit)
                into.add(it.next());
        } finally {
            it.close();
        }
    }
}
