package org.w3id.liaison.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.BatchLookup;
import org.w3id.liaison.store.Things;
import org.w3id.liaison.store.Values;

/**
 * The facts one thing takes part in, and their dates, each read once and only when first asked for: a page
 * needs them for the description ({@link Describer}, the latest facts) and again for the timeline
 * ({@link Timelines}, the facts of each year), and for the busiest official that is 8,000 facts and their
 * dates. They are held as the store's ids ({@link Things}): counted, dated and picked without turning into
 * nodes, but for the 200 a page shows. Use inside one read transaction.
 */
final class Involvement {
    /** The properties by which a fact points at what it is about; their domains are the fact classes. */
    static final List<Node> ROLES = List.of(LIA.participant, LIA.holder, LIA.agent, LIA.position, LIA.place,
            LIA.initiative);

    private final DatasetGraph dsg;
    private final Node thing;
    private final BatchLookup lookup;
    private Map<Node, Things> byRole;
    private Things pointing;
    private Things members;
    private Things membersMeetings;
    private Things facts;
    private Values dates;
    private Values attested;

    Involvement(DatasetGraph dsg, Node thing) {
        this.dsg = dsg;
        this.thing = thing;
        this.lookup = new BatchLookup(dsg);
    }

    /**
     * The facts that point at the thing by a role, asked for role by role, so that the reports that merely
     * name the thing (thousands, for China) are not read to find them.
     */
    Things pointing() {
        if (pointing == null) {
            byRole = new HashMap<>();
            for (Node role : ROLES) {
                Things as = lookup.subjects(role, thing);
                byRole.put(role, as);
                pointing = pointing == null ? as : pointing.plus(as);
            }
        }
        return pointing;
    }

    /** The facts that point at the thing by one of the {@link #ROLES}. */
    Things as(Node role) {
        pointing();
        return byRole.get(role);
    }

    /** A party's members. */
    Things members() {
        if (members == null)
            members = lookup.subjects(LIA.memberOfParty, thing);
        return members;
    }

    /** The meetings of a party's members: a party meets through its officials. */
    Things membersMeetings() {
        if (membersMeetings == null)
            membersMeetings = lookup.subjectsOf(members(), LIA.participant);
        return membersMeetings;
    }

    /** All the thing's facts: those pointing at it, and for a party its members' meetings. */
    Things facts() {
        if (facts == null)
            facts = dsg.getDefaultGraph().contains(thing, LIA.type, LIA.Party) ? pointing().plus(membersMeetings())
                    : pointing();
        return facts;
    }

    /** The {@code lia:date} of each fact that has one (meetings, endorsements). */
    Values dates() {
        if (dates == null)
            dates = lookup.values(facts(), LIA.date);
        return dates;
    }

    /** The {@code lia:attestedOn} of each fact that has one (posts held: the date of the report). */
    Values attested() {
        if (attested == null)
            attested = lookup.values(facts(), LIA.attestedOn);
        return attested;
    }

    /** The lookup this thing's reads go through: it remembers the ids and nodes it has met, for the next. */
    BatchLookup lookup() {
        return lookup;
    }
}
