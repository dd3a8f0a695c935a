package org.w3id.liaison.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.DataVersion;

/**
 * Finds things by any word of their names and aliases, from its start ("Morales" and "moral" both find
 * Roberto Morales Ojeda; accents and case do not matter). The index lives in memory, a sorted map from
 * words to names, built from the store's labels on the first search and again once the store has changed
 * ({@link DataVersion}).
 *
 * <pre>{@code
 * List<NameIndex.Hit> hits = new NameIndex(store.dataset()).search("Morales", 20);
 * }</pre>
 */
public final class NameIndex {
    /** A thing found: its IRI, its name, its kind, and the name or alias that matched. */
    public record Hit(String iri, String name, String kind, String matched) {}

    /** The kinds of things searched, with the word a result shows for each. */
    private static final Map<Node, String> KINDS = Map.of(LIA.Official, "official", LIA.Party, "party",
            LIA.Country, "country", LIA.Initiative, "initiative", LIA.Organization, "organ", LIA.Place, "place");

    private record Name(String iri, String label, String kind, String text) {}

    private record Snapshot(List<Name> names, TreeMap<String, List<Integer>> byWord) {}

    /** A snapshot and the version of the data it was built from. */
    private record Kept(long version, Snapshot snapshot) {}

    private final DatasetGraph dsg;
    /** Null for a dataset that cannot say when it changes: the index is then built for every search. */
    private final DataVersion versions;
    private volatile Kept kept;

    public NameIndex(DatasetGraph dsg) {
        this.dsg = dsg;
        this.versions = DataVersion.of(dsg).orElse(null);
    }

    /** At most {@code limit} things whose names hold a word starting with each word of the query, best first. */
    public List<Hit> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty())
            return List.of();
        Snapshot s = current();
        // the rarest first word narrows it; every other word must start a word of the same name
        Set<Integer> candidates = new LinkedHashSet<>();
        s.byWord.subMap(words.get(0), true, words.get(0) + Character.MAX_VALUE, false).values().forEach(candidates::addAll);
        Map<String, Hit> best = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (int i : candidates) {
            Name n = s.names.get(i);
            List<String> nameWords = words(n.text);
            if (!words.stream().allMatch(w -> nameWords.stream().anyMatch(nw -> nw.startsWith(w))))
                continue;
            int r = rank(words, nameWords, n);
            if (!rank.containsKey(n.iri) || r < rank.get(n.iri)) {
                rank.put(n.iri, r);
                best.put(n.iri, new Hit(n.iri, n.label, n.kind, n.text));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparing((Hit h) -> rank.get(h.iri())).thenComparing(h -> h.name().length())
                        .thenComparing(Hit::name))
                .limit(limit).toList();
    }

    /** 0: the whole name; 1: a whole word; 2: the start of a word. Its own label before an alias. */
    private static int rank(List<String> query, List<String> name, Name n) {
        int r = query.equals(name) ? 0 : query.stream().allMatch(name::contains) ? 1 : 2;
        return 2 * r + (n.text.equals(n.label) ? 0 : 1);
    }

    private Snapshot current() {
        if (versions == null)
            return build();
        DataVersion.Reading at = versions.read();
        Kept k = kept;
        if (k != null && k.version() == at.version())
            return k.snapshot();
        synchronized (this) {
            if (kept != null && kept.version() == at.version())
                return kept.snapshot();
            Snapshot s = build();
            if (versions.holds(at))
                kept = new Kept(at.version(), s);
            return s;
        }
    }

    private Snapshot build() {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getDefaultGraph();
            Map<Node, String> kinds = new HashMap<>();
            KINDS.forEach((type, word) -> union.find(Node.ANY, LIA.type, type).forEach(t -> kinds.put(t.getSubject(), word)));
            Map<Node, String> labels = new HashMap<>();
            union.find(Node.ANY, LIA.label, Node.ANY).forEach(t -> {
                if (kinds.containsKey(t.getSubject()) && t.getObject().isLiteral())
                    labels.putIfAbsent(t.getSubject(), t.getObject().getLiteralLexicalForm());
            });
            List<Name> names = new ArrayList<>();
            for (Node p : List.of(LIA.label, LIA.altLabel, LIA.acronym))
                union.find(Node.ANY, p, Node.ANY).forEach((Triple t) -> {
                    Node thing = t.getSubject();
                    if (kinds.containsKey(thing) && labels.containsKey(thing) && t.getObject().isLiteral())
                        names.add(new Name(thing.getURI(), labels.get(thing), kinds.get(thing), t.getObject().getLiteralLexicalForm()));
                });
            TreeMap<String, List<Integer>> byWord = new TreeMap<>();
            for (int i = 0; i < names.size(); i++)
                for (String w : new LinkedHashSet<>(words(names.get(i).text)))
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            return new Snapshot(names, byWord);
        });
    }

    /** The words of a name or query: lower case, accents and punctuation gone. */
    static List<String> words(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+"))
            if (!w.isEmpty())
                out.add(w);
        return out;
    }
}
