package org.w3id.liaison.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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
    /** The properties by which a fact points at what it is about; their domains are the fact classes. */
    private static final List<Node> ROLES = List.of(LIA.participant, LIA.holder, LIA.agent, LIA.position, LIA.place,
            LIA.initiative);
    /** What a page shows of a thing it links to: its kind and name (a report's headline and date). */
    private static final List<Node> LABELS = List.of(LIA.type, LIA.label, LIA.headline, LIA.title, LIA.datePublished);

    private final DatasetGraph dsg;

    public Describer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The thing's description, or empty when the graph says nothing about it. */
    public Optional<Description> describe(Node thing) {
        return Txn.calculateRead(dsg, () -> Optional.ofNullable(build(thing)));
    }

    private Description build(Node thing) {
        Graph union = dsg.getDefaultGraph();
        if (!union.contains(thing, Node.ANY, Node.ANY))
            return null;
        Graph d = GraphFactory.createDefaultGraph();
        if (union.contains(thing, LIA.type, LIA.Article) && dsg.containsGraph(thing)) {
            // a report is described by all that was drawn from it: its own named graph
            dsg.getGraph(thing).find().forEach(d::add);
            labels(union, d);
            return new Description(d, 0, 0);
        }
        copy(union.find(thing, Node.ANY, Node.ANY), d, Integer.MAX_VALUE);
        // Facts point at the thing by their roles: asked for role by role, so the reports that merely name the
        // thing (thousands, for China) are not read to find them.
        // (the ontology gives each role a fact as its domain: whatever holds one is a fact)
        Set<Node> facts = new LinkedHashSet<>();
        for (Node role : ROLES)
            facts.addAll(subjects(union, role, thing));
        // The other statements pointing at it: the first INCOMING, and whether there are more.
        int incoming = 0;
        ExtendedIterator<Triple> in = union.find(Node.ANY, Node.ANY, thing);
        try {
            while (in.hasNext() && incoming <= INCOMING) {
                Triple t = in.next();
                if (ROLES.contains(t.getPredicate()) && facts.contains(t.getSubject()))
                    continue;
                if (incoming++ < INCOMING)
                    d.add(t);
            }
        } finally {
            in.close();
        }
        if (union.contains(thing, LIA.type, LIA.Party))
            facts.addAll(meetingsOf(new BatchLookup(dsg), subjects(union, LIA.memberOfParty, thing)));
        if (isFact(union, thing))
            fact(union, thing, d);
        latest(facts).forEach(f -> fact(union, f, d));
        labels(union, d);
        return new Description(d, facts.size(), incoming);
    }

    /**
     * The {@link #FACTS} latest facts, by the date of the meeting or of the report attesting a post. A busy
     * official takes part in thousands: their dates are read in one pass over each date's index
     * ({@link BatchLookup}), not fact by fact.
     */
    private List<Node> latest(Set<Node> facts) {
        if (facts.size() <= FACTS)
            return List.copyOf(facts);
        BatchLookup lookup = new BatchLookup(dsg);
        Map<Node, Node> date = new HashMap<>(lookup.objects(facts, LIA.date));
        date.putAll(lookup.objects(facts.stream().filter(f -> !date.containsKey(f)).toList(), LIA.attestedOn));
        // each fact's day read once, not at each of the sort's comparisons (8,000 facts: 200,000 of them);
        // facts of one day in the order of their IRIs, so that a page shows the same ones after a restart
        record Dated(String day, Node fact) {}
        List<Dated> dated = new ArrayList<>(facts.size());
        for (Node f : facts) {
            Node d = date.get(f);
            dated.add(new Dated(d == null ? "" : d.getLiteralLexicalForm(), f));
        }
        return dated.stream().sorted(Comparator.comparing(Dated::day).reversed().thenComparing(d -> d.fact().getURI()))
                .limit(FACTS).map(Dated::fact).toList();
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

    /** The subjects of {@code (?, p, o)}, each once, in the order of the index. */
    static Set<Node> subjects(Graph union, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        union.find(Node.ANY, p, o).forEach(t -> out.add(t.getSubject()));
        return out;
    }

    /** The meetings of a party's members: a party meets through its officials. */
    static Set<Node> meetingsOf(BatchLookup lookup, Collection<Node> members) {
        Set<Node> out = new LinkedHashSet<>();
        lookup.subjectsOf(members, LIA.participant).values().forEach(out::addAll);
        return out;
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
        // things described already (the thing, its facts, their excerpts) carry their type and names
        named.stream().distinct().filter(Node::isURI).filter(n -> !d.contains(n, LIA.type, Node.ANY)).forEach(n -> {
            // one of each is enough to name a thing, and stops at once where a popular thing's label is
            // repeated in every report's graph (reading on would only meet the same triple again)
            for (Node p : LABELS)
                copy(union.find(n, p, Node.ANY), d, 1);
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
