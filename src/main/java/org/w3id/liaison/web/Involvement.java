package org.w3id.liaison.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.BatchLookup;

/**
 * The facts one thing takes part in, and their dates, each read once and only when first asked for: a page
 * needs them for the description ({@link Describer}, the latest facts) and again for the timeline
 * ({@link Timelines}, the facts of each year), and for the busiest official that is 8,000 facts and their
 * dates. Use inside one read transaction.
 */
final class Involvement {
    /** The properties by which a fact points at what it is about; their domains are the fact classes. */
    static final List<Node> ROLES = List.of(LIA.participant, LIA.holder, LIA.agent, LIA.position, LIA.place,
            LIA.initiative);

    private final DatasetGraph dsg;
    private final Node thing;
    private final BatchLookup lookup;
    private Map<Node, Set<Node>> byRole;
    private Set<Node> pointing;
    private Set<Node> members;
    private Set<Node> membersMeetings;
    private Set<Node> facts;
    private Map<Node, Node> dates;
    private Map<Node, Node> attested;

    Involvement(DatasetGraph dsg, Node thing) {
        this.dsg = dsg;
        this.thing = thing;
        this.lookup = new BatchLookup(dsg);
    }

    /**
     * The facts that point at the thing by a role, asked for role by role, so that the reports that merely
     * name the thing (thousands, for China) are not read to find them.
     */
    Set<Node> pointing() {
        if (pointing == null) {
            byRole = new HashMap<>();
            pointing = new LinkedHashSet<>();
            for (Node role : ROLES) {
                byRole.put(role, lookup.subjects(role, thing));
                pointing.addAll(byRole.get(role));
            }
        }
        return pointing;
    }

    /** The facts that point at the thing by one of the {@link #ROLES}. */
    Set<Node> as(Node role) {
        pointing();
        return byRole.get(role);
    }

    /** A party's members. */
    Set<Node> members() {
        if (members == null)
            members = lookup.subjects(LIA.memberOfParty, thing);
        return members;
    }

    /** The meetings of a party's members: a party meets through its officials. */
    Set<Node> membersMeetings() {
        if (membersMeetings == null) {
            membersMeetings = new LinkedHashSet<>();
            lookup.subjectsOf(members(), LIA.participant).values().forEach(membersMeetings::addAll);
        }
        return membersMeetings;
    }

    /** All the thing's facts: those pointing at it, and for a party its members' meetings. */
    Set<Node> facts() {
        if (facts == null) {
            facts = pointing();
            if (union().contains(thing, LIA.type, LIA.Party)) {
                facts = new LinkedHashSet<>(facts);
                facts.addAll(membersMeetings());
            }
        }
        return facts;
    }

    /** The {@code lia:date} of each fact that has one (meetings, endorsements). */
    Map<Node, Node> dates() {
        if (dates == null)
            dates = lookup.objects(facts(), LIA.date);
        return dates;
    }

    /** The {@code lia:attestedOn} of each fact that has one (posts held: the date of the report). */
    Map<Node, Node> attested() {
        if (attested == null)
            attested = lookup.objects(facts(), LIA.attestedOn);
        return attested;
    }

    /** The lookup this thing's reads go through: it remembers the ids and nodes it has met, for the next. */
    BatchLookup lookup() {
        return lookup;
    }

    private Graph union() {
        return dsg.getDefaultGraph();
    }

}
