package org.w3id.liaison.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.w3id.liaison.store.BatchLookup;
import org.w3id.liaison.store.Things;
import org.w3id.liaison.store.Values;

/**
 * What the knowledge graph says about one thing, as a small graph of its own, in the manner of a
 * "concise bounded description" widened for people who read it:
 * <ul>
 *   <li>every statement about the thing, and the other statements that point at it (at most {@link #INCOMING});</li>
 *   <li>each n-ary fact it takes part in — a meeting, a post held, an endorsement — whole, with the sentence
 *       it came from (for a party: the meetings of its members too; the {@link #FACTS} latest);</li>
 *   <li>the labels and types of everything linked, so that no IRI is shown bare;</li>
 *   <li>for a report: its named graph, every fact drawn from it.</li>
 * </ul>
 *
 * <pre>{@code
 * Optional<Describer.Description> d = new Describer(store.dataset()).describe(NodeFactory.createURI(iri));
 * Optional<Describer.Portrait> p = describer.portray(thing);     // and its timeline, for its page
 * }</pre>
 */
public final class Describer {
    /** The most statements pointing at a thing, facts aside, that a description carries (reports naming China). */
    public static final int INCOMING = 500;
    /** The most facts (meetings, posts held, endorsements) a description carries: the latest. */
    public static final int FACTS = 200;

    /**
     * A thing's description, and how much was left out of it: a thing named in thousands of reports gets the
     * latest {@link #FACTS} facts and the first {@link #INCOMING} other statements, so its page stays usable.
     *
     * @param graph    the statements
     * @param facts    how many facts the thing takes part in, in all
     * @param incoming how many other statements point at it, counted up to one more than {@link #INCOMING}
     */
    public record Description(Graph graph, int facts, int incoming) {
        public boolean factsCut() {
            return facts > FACTS;
        }

        public boolean incomingCut() {
            return incoming > INCOMING;
        }
    }

    private static final Set<Node> FACT_TYPES = Set.of(LIA.Meeting, LIA.PositionHolding, LIA.Endorsement);
    /** What a page shows of a thing it links to: its kind and name (a report's headline and date). */
    private static final List<Node> LABELS = List.of(LIA.type, LIA.label, LIA.headline, LIA.title, LIA.datePublished);

    private final DatasetGraph dsg;
    private final Timelines timelines;

    public Describer(DatasetGraph dsg) {
        this.dsg = dsg;
        this.timelines = new Timelines(dsg);
    }

    /** Whether the graph says anything about the thing: whether it has a description. */
    public boolean knows(Node thing) {
        return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().contains(thing, Node.ANY, Node.ANY));
    }

    /** The thing's description, or empty when the graph says nothing about it. */
    public Optional<Description> describe(Node thing) {
        return Txn.calculateRead(dsg, () -> Optional.ofNullable(build(thing, new Involvement(dsg, thing))));
    }

    /** A thing's description and, for an official or a party, its timeline: what a page shows. */
    public record Portrait(Description description, Optional<Timelines.Timeline> timeline) {}

    /**
     * The thing's description and timeline, or empty when the graph says nothing about it: in one read
     * transaction, in which the facts and dates the description reads are those the timeline counts.
     */
    public Optional<Portrait> portray(Node thing) {
        return Txn.calculateRead(dsg, () -> {
            Involvement involvement = new Involvement(dsg, thing);
            Description d = build(thing, involvement);
            return d == null ? Optional.empty() : Optional.of(new Portrait(d, timelines.of(thing, involvement)));
        });
    }

    private Description build(Node thing, Involvement involvement) {
        Graph union = dsg.getDefaultGraph();
        if (!union.contains(thing, Node.ANY, Node.ANY))
            return null;
        Graph d = GraphFactory.createDefaultGraph();
        if (union.contains(thing, LIA.type, LIA.Article) && dsg.containsGraph(thing)) {
            // a report is described by all that was drawn from it: its own named graph
            dsg.getGraph(thing).find().forEach(d::add);
            labels(involvement.lookup(), d);
            return new Description(d, 0, 0);
        }
        copy(union.find(thing, Node.ANY, Node.ANY), d);
        // The other statements pointing at it: the first INCOMING, and whether there are more.
        List<Triple> in = involvement.lookup().pointingAt(thing, Involvement.ROLES, involvement.pointing(), INCOMING + 1);
        int incoming = in.size();
        in.stream().limit(INCOMING).forEach(d::add);
        if (isFact(union, thing))
            fact(union, thing, d);
        Things facts = involvement.facts();
        latest(facts, involvement).forEach(f -> fact(union, f, d));
        labels(involvement.lookup(), d);
        return new Description(d, facts.size(), incoming);
    }

    /**
     * The {@link #FACTS} latest facts, by the date of the meeting or of the report attesting a post, those of
     * one day in the order of their IRIs (so that a page shows the same ones after a restart). A busy official
     * takes part in thousands: their dates are read in one pass over each date's index, and only the facts of
     * the day where the cut falls become nodes, to be put in order.
     */
    private static List<Node> latest(Things facts, Involvement involvement) {
        if (facts.size() <= FACTS)
            return facts.nodes();
        Values dates = involvement.dates();
        Values attested = involvement.attested();
        String[] day = new String[facts.size()];
        Integer[] byDay = new Integer[facts.size()];
        for (int i = 0; i < day.length; i++) {
            Node d = dates.first(facts, i);
            if (d == null)
                d = attested.first(facts, i);
            day[i] = d == null ? "" : d.getLiteralLexicalForm();
            byDay[i] = i;
        }
        Arrays.sort(byDay, Comparator.comparing((Integer i) -> day[i]).reversed());
        String cut = day[byDay[FACTS - 1]];
        List<Node> out = new ArrayList<>(FACTS);
        List<Node> ofTheCut = new ArrayList<>();
        for (int i : byDay) {
            int later = day[i].compareTo(cut);
            if (later > 0)
                out.add(facts.node(i));
            else if (later == 0)
                ofTheCut.add(facts.node(i));
            else
                break;
        }
        ofTheCut.sort(Comparator.comparing(Node::getURI));
        out.addAll(ofTheCut.subList(0, FACTS - out.size()));
        return out;
    }

    /** The first object of {@code (s, p)}, as text: a thing's label, say, where one is enough. */
    static Optional<String> first(Graph union, Node s, Node p) {
        ExtendedIterator<Triple> it = union.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    private static boolean isFact(Graph union, Node n) {
        for (Node type : FACT_TYPES)
            if (union.contains(n, LIA.type, type))
                return true;
        return false;
    }

    /** A fact whole, and the sentence it came from. */
    private static void fact(Graph union, Node fact, Graph d) {
        copy(union.find(fact, Node.ANY, Node.ANY), d);
        for (Triple excerpt : union.find(fact, LIA.excerpt, Node.ANY).toList())
            copy(union.find(excerpt.getObject(), Node.ANY, Node.ANY), d);
    }

    /** The label, type and (for reports) headline and dates of every IRI the description names. */
    private static void labels(BatchLookup lookup, Graph d) {
        List<Node> named = new ArrayList<>();
        d.find().forEach(t -> {
            named.add(t.getSubject());
            named.add(t.getObject());
        });
        // things described already (the thing, its facts, their excerpts) carry their type and names; one of
        // each is enough to name a thing
        lookup.firstOfEach(named.stream().distinct().filter(Node::isURI).filter(n -> !d.contains(n, LIA.type, Node.ANY))
                .toList(), LABELS).forEach(d::add);
    }

    private static void copy(ExtendedIterator<Triple> it, Graph into) {
        try {
            it.forEachRemaining(into::add);
        } finally {
            it.close();
        }
    }
}
