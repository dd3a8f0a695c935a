package org.w3id.liaison.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.ontology.LIA;

/**
 * Dates and participants of many meetings, and meetings of many officials, at once, on a real TDB2 database:
 * 3,000 meetings, every third undated, two participants each. Each answer is checked against the triples
 * found one thing at a time, whether the pass over the index reads it all or stops early.
 */
class BatchLookupTest {
    static final int MEETINGS = 3_000;

    @TempDir
    static Path dir;
    static KnowledgeStore store;

    @BeforeAll
    static void load() throws Exception {
        store = KnowledgeStore.open(dir.resolve("db"));
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < MEETINGS; i++) {
            g.add(meeting(i), LIA.type, LIA.Meeting);
            if (i % 3 != 0)
                g.add(meeting(i), LIA.date, date(i));
            g.add(meeting(i), LIA.participant, official(i % 40));
            g.add(meeting(i), LIA.participant, official(40 + i % 7));
        }
        store.replaceAll(Map.of(NodeFactory.createURI(LIA.ID + "article/a"), g));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void manySubjectsGetTheirOwnValuesAndTheUndatedNone() {
        List<Node> asked = meetings(0, 500);
        Map<Node, Node> dates = read(new BatchLookup(store.dataset()), asked, LIA.date);
        assertThat(dates).isEqualTo(expected(asked));
        assertThat(dates).hasSize(333).doesNotContainKey(meeting(0)).containsEntry(meeting(1), date(1));
    }

    @Test
    void aPassStoppedEarlyLooksTheRestUpOneByOne() {
        // one triple per subject asked: the pass meets few of them before it stops
        List<Node> asked = meetings(2_000, 2_100);
        assertThat(read(new BatchLookup(store.dataset(), 1), asked, LIA.date)).isEqualTo(expected(asked));
    }

    @Test
    void fewSubjectsAreLookedUpOneByOne() {
        List<Node> asked = meetings(10, 20);
        assertThat(read(new BatchLookup(store.dataset()), asked, LIA.date)).isEqualTo(expected(asked)).hasSize(7);
    }

    @Test
    void unknownSubjectsAndPropertiesHaveNoValues() {
        List<Node> asked = new ArrayList<>(meetings(0, 100));
        asked.add(NodeFactory.createURI(LIA.ID + "meeting/none"));
        BatchLookup lookup = new BatchLookup(store.dataset());
        assertThat(read(lookup, asked, LIA.date)).isEqualTo(expected(meetings(0, 100)));
        assertThat(read(lookup, asked, LIA.attestedOn)).isEmpty();
        assertThat(read(lookup, asked, NodeFactory.createURI(LIA.NS + "neverUsed"))).isEmpty();
    }

    @Test
    void everyValueOfEachSubject() {
        List<Node> asked = meetings(100, 400);
        Map<Node, List<Node>> expected = new HashMap<>();
        Txn.executeRead(store.dataset(), () -> asked.forEach(m -> expected.put(m, store.dataset().getDefaultGraph()
                .find(m, LIA.participant, Node.ANY).mapWith(Triple::getObject).toList())));
        for (BatchLookup lookup : List.of(new BatchLookup(store.dataset()), new BatchLookup(store.dataset(), 1)))
            assertThat(Txn.calculateRead(store.dataset(), () -> lookup.objectsOf(asked, LIA.participant)))
                    .hasSize(300).allSatisfy((m, ps) -> assertThat(ps).hasSize(2)
                            .containsExactlyInAnyOrderElementsOf(expected.get(m)));
    }

    @Test
    void theSubjectsOfManyObjects() {
        // 47 officials, each in 75 or 428 meetings: the pass ends within its budget, or stops early
        List<Node> officials = new ArrayList<>();
        for (int i = 0; i < 47; i++)
            officials.add(official(i));
        Map<Node, List<Node>> expected = new HashMap<>();
        Txn.executeRead(store.dataset(), () -> officials.forEach(o -> expected.put(o, store.dataset().getDefaultGraph()
                .find(Node.ANY, LIA.participant, o).mapWith(Triple::getSubject).toList())));
        for (int perLookup : new int[] {1, BatchLookup.TRIPLES_PER_LOOKUP, 1_000}) {
            Map<Node, List<Node>> found = Txn.calculateRead(store.dataset(),
                    () -> new BatchLookup(store.dataset(), perLookup).subjectsOf(officials, LIA.participant));
            assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(officials);
            found.forEach((o, ms) -> assertThat(ms).containsExactlyInAnyOrderElementsOf(expected.get(o)));
            assertThat(found.get(official(0))).hasSize(75).contains(meeting(0), meeting(2_960));
        }
    }

    @Test
    void theSubjectsOfATripleInIndexOrderAndTheirValuesAfter() {
        List<Node> expected = Txn.calculateRead(store.dataset(), () -> store.dataset().getDefaultGraph()
                .find(Node.ANY, LIA.participant, official(3)).mapWith(Triple::getSubject).toList());
        assertThat(expected).hasSize(75);
        Map<Node, Node> dates = expected(expected);
        BatchLookup lookup = new BatchLookup(store.dataset());
        Txn.executeRead(store.dataset(), () -> {
            Things meetings = lookup.subjects(LIA.participant, official(3));
            assertThat(meetings.nodes()).containsExactlyElementsOf(expected);
            Values values = lookup.values(meetings, LIA.date);
            for (int i = 0; i < meetings.size(); i++)
                assertThat(values.first(meetings, i)).as("%s", meetings.node(i)).isEqualTo(dates.get(meetings.node(i)));
            assertThat(lookup.subjects(LIA.participant, official(999)).isEmpty()).isTrue();
            assertThat(lookup.subjects(LIA.holder, official(3)).isEmpty()).isTrue();
        });
    }

    @Test
    void thingsAreTestedJoinedAndFollowedAsIds() {
        // officials 0..39 in 75 meetings each, 40..46 in 428 or 429: the meetings of two of each
        for (DatasetGraph data : List.of(store.dataset(), inMemory())) {
            Txn.executeRead(data, () -> {
                BatchLookup lookup = new BatchLookup(data);
                Things few = lookup.subjects(LIA.participant, official(0));
                Things many = lookup.subjects(LIA.participant, official(40));
                Things both = few.plus(many);
                List<Node> expected = new ArrayList<>(few.nodes());
                many.nodes().stream().filter(m -> !expected.contains(m)).forEach(expected::add);
                assertThat(both.nodes()).containsExactlyElementsOf(expected);
                assertThat(both.contains(meeting(0))).isTrue();
                assertThat(both.contains(meeting(1))).as("official 1 and 41").isFalse();
                assertThat(both.contains(NodeFactory.createURI(LIA.ID + "meeting/none"))).isFalse();

                Things officials = lookup.things(List.of(official(0), official(40), official(0), official(999)));
                assertThat(officials.nodes()).containsExactly(official(0), official(40));
                assertThat(lookup.subjectsOf(officials, LIA.participant).nodes())
                        .containsExactlyInAnyOrderElementsOf(expected);

                Values participants = lookup.values(both, LIA.participant);
                for (int i = 0; i < both.size(); i++)
                    assertThat(participants.all(both, i)).hasSize(2)
                            .containsExactlyInAnyOrderElementsOf(data.getDefaultGraph()
                                    .find(both.node(i), LIA.participant, Node.ANY).mapWith(Triple::getObject).toList());
            });
        }
    }

    @Test
    void theStatementsPointingAtAThingLeaveOutThoseOfTheFactsGiven() {
        for (DatasetGraph data : List.of(store.dataset(), inMemory())) {
            Txn.executeRead(data, () -> {
                List<Triple> all = data.getDefaultGraph().find(Node.ANY, Node.ANY, official(0)).toList();
                assertThat(all).hasSize(75);
                BatchLookup lookup = new BatchLookup(data);
                Things someMeetings = lookup.things(List.of(meeting(0), meeting(40), meeting(2_960)));
                List<Triple> rest = all.stream().filter(t -> !someMeetings.contains(t.getSubject())).toList();

                assertThat(lookup.pointingAt(official(0), List.of(LIA.participant), someMeetings, 1_000))
                        .containsExactlyElementsOf(rest).hasSize(72);
                assertThat(lookup.pointingAt(official(0), List.of(LIA.holder), someMeetings, 1_000))
                        .as("another role: nothing left out").containsExactlyElementsOf(all);
                assertThat(lookup.pointingAt(official(0), List.of(LIA.participant), someMeetings, 10))
                        .containsExactlyElementsOf(rest.subList(0, 10));
                assertThat(lookup.pointingAt(official(999), List.of(LIA.participant), someMeetings, 10)).isEmpty();
            });
        }
    }

    @Test
    void theFirstTripleOfEachPropertyIsTheOneALookupOfItGivesFirst() {
        // meetings with a type, a date or none, two participants; officials with no statements of their own
        List<Node> things = new ArrayList<>(meetings(0, 60));
        things.addAll(List.of(official(0), NodeFactory.createURI(LIA.ID + "meeting/none")));
        List<Node> properties = List.of(LIA.type, LIA.date, LIA.participant, LIA.label,
                NodeFactory.createURI(LIA.NS + "neverUsed"));
        List<Triple> expected = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> things.forEach(t -> properties.forEach(p -> store.dataset()
                .getDefaultGraph().find(t, p, Node.ANY).nextOptional().ifPresent(expected::add))));
        assertThat(expected).hasSize(60 + 40 + 60);
        // one read of each thing's statements; none (each property looked up); and a store that is not TDB2
        for (BatchLookup lookup : List.of(new BatchLookup(store.dataset()), new BatchLookup(store.dataset(), 0)))
            assertThat(Txn.calculateRead(store.dataset(), () -> lookup.firstOfEach(things, properties)))
                    .containsExactlyInAnyOrderElementsOf(expected);
        DatasetGraph memory = inMemory();
        List<Triple> expectedInMemory = new ArrayList<>();
        Txn.executeRead(memory, () -> things.forEach(t -> properties.forEach(p -> memory.getDefaultGraph()
                .find(t, p, Node.ANY).nextOptional().ifPresent(expectedInMemory::add))));
        assertThat(Txn.calculateRead(memory, () -> new BatchLookup(memory).firstOfEach(things, properties)))
                .containsExactlyInAnyOrderElementsOf(expectedInMemory).hasSameSizeAs(expected);
    }

    /** The same triples in a dataset that is not TDB2. */
    private static DatasetGraph inMemory() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(memory, () -> Txn.executeRead(store.dataset(),
                () -> store.dataset().getDefaultGraph().find().forEach(memory.getDefaultGraph()::add)));
        return memory;
    }

    private static Map<Node, Node> read(BatchLookup lookup, List<Node> subjects, Node property) {
        return Txn.calculateRead(store.dataset(), () -> lookup.objects(subjects, property));
    }

    /** What each meeting's own triples say, one find per meeting. */
    private static Map<Node, Node> expected(List<Node> subjects) {
        Map<Node, Node> out = new HashMap<>();
        Txn.executeRead(store.dataset(), () -> subjects.forEach(s -> store.dataset().getDefaultGraph()
                .find(s, LIA.date, Node.ANY).forEach(t -> out.put(s, t.getObject()))));
        return out;
    }

    private static List<Node> meetings(int from, int to) {
        List<Node> out = new ArrayList<>();
        for (int i = from; i < to; i++)
            out.add(meeting(i));
        return out;
    }

    private static Node meeting(int i) {
        return NodeFactory.createURI(LIA.ID + "meeting/m" + i);
    }

    private static Node official(int i) {
        return NodeFactory.createURI(LIA.ID + "official/o" + i);
    }

    private static Node date(int i) {
        return NodeFactory.createLiteralDT("20%02d-%02d-%02d".formatted(10 + i % 15, 1 + i % 12, 1 + i % 28),
                XSDDatatype.XSDdate);
    }
}
