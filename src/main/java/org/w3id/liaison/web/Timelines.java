package org.w3id.liaison.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.liaison.ontology.LIA;
import org.w3id.liaison.store.BatchLookup;
import org.w3id.liaison.store.Things;
import org.w3id.liaison.store.Values;

/**
 * A thing over the years, counted over all its facts (a page lists only the latest): for an official, the
 * meetings of each year and the span over which each post was attested; for a party, the meetings of its
 * members each year and the countries of the people they met.
 */
public final class Timelines {
    /** A year: how many meetings, and with people of which countries how many. */
    public record Year(int year, int meetings, Map<String, Integer> countries) {}

    /** A post and the first and last dates a report attested it. */
    public record Span(String post, String label, String first, String last) {}

    public record Timeline(List<Year> years, List<Span> posts) {
        public boolean isEmpty() {
            return years.isEmpty() && posts.isEmpty();
        }
    }

    private final DatasetGraph dsg;

    public Timelines(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The timeline of an official or a party; empty for other things. */
    public Optional<Timeline> of(Node thing) {
        return Txn.calculateRead(dsg, () -> of(thing, new Involvement(dsg, thing)));
    }

    /** The same, from the thing's facts and their dates as read for its description, inside its transaction. */
    Optional<Timeline> of(Node thing, Involvement involvement) {
        if (dsg.getDefaultGraph().contains(thing, LIA.type, LIA.Official))
            return Optional.of(official(involvement));
        if (dsg.getDefaultGraph().contains(thing, LIA.type, LIA.Party))
            return Optional.of(party(involvement));
        return Optional.empty();
    }

    /**
     * A party's meetings by year — those of its members — and, each year, the countries of the people they
     * met who are not of the party, read as {@link BatchLookup}s (the party of every host takes part in all
     * the meetings there are):
     * <pre>
     * SELECT ?year (COUNT(DISTINCT ?m) AS ?n) {
     *   ?a lia:memberOfParty ?x . ?m lia:participant ?a ; lia:date ?d BIND(YEAR(?d) AS ?year) }
     * GROUP BY ?year ORDER BY ?year
     *
     * SELECT ?year ?country (COUNT(DISTINCT ?m) AS ?n) {
     *   ?a lia:memberOfParty ?x . ?m lia:participant ?a, ?b ; lia:date ?d .
     *   FILTER(?a != ?b) FILTER NOT EXISTS { ?b lia:memberOfParty ?x }
     *   ?b lia:country ?country BIND(YEAR(?d) AS ?year) }
     * GROUP BY ?year ?country ORDER BY ?year DESC(?n) ?country
     * </pre>
     */
    private Timeline party(Involvement x) {
        Things members = x.members();
        Things meetings = x.membersMeetings();
        Values dates = x.dates();
        Values participants = x.lookup().values(meetings, LIA.participant);
        // the dated meetings and the people met in them who are not of the party, whose countries are then
        // looked up once each
        record Met(int meeting, int year, List<Node> others) {}
        List<Met> met = new ArrayList<>();
        Set<Node> others = new LinkedHashSet<>();
        for (int m = 0; m < meetings.size(); m++) {
            Node d = dates.first(meetings, m);
            if (d == null)
                continue;
            List<Node> people = participants.all(meetings, m);
            people.removeIf(members::contains);
            others.addAll(people);
            met.add(new Met(m, year(d), people));
        }
        Map<Node, List<Node>> countries = x.lookup().objectsOf(others, LIA.country);
        Map<Integer, Integer> total = new TreeMap<>();
        Map<Integer, Map<Node, Set<Integer>>> byYear = new HashMap<>();
        for (Met m : met) {
            total.merge(m.year(), 1, Integer::sum);
            Map<Node, Set<Integer>> byCountry = byYear.computeIfAbsent(m.year(), k -> new HashMap<>());
            for (Node b : m.others())
                for (Node c : countries.getOrDefault(b, List.of()))
                    byCountry.computeIfAbsent(c, k -> new HashSet<>()).add(m.meeting());
        }
        List<Year> out = new ArrayList<>();
        total.forEach((y, n) -> {
            Map<String, Integer> byCountry = new LinkedHashMap<>();
            byYear.get(y).entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Node, Set<Integer>> e) -> -e.getValue().size())
                            .thenComparing(e -> e.getKey().getURI()))
                    .forEach(e -> byCountry.put(label(e.getKey()), e.getValue().size()));
            out.add(new Year(y, n, byCountry));
        });
        return new Timeline(out, List.of());
    }

    /**
     * An official's meetings by year and posts by span, read as {@link BatchLookup}s: the busiest takes part in
     * thousands of facts, and SPARQL would look up each one's date, and each post's, one at a time.
     * <pre>
     * SELECT ?year (COUNT(DISTINCT ?m) AS ?n) { ?m lia:participant ?x ; lia:date ?d BIND(YEAR(?d) AS ?year) }
     * GROUP BY ?year ORDER BY ?year
     *
     * SELECT ?post (STR(MIN(?d)) AS ?first) (STR(MAX(?d)) AS ?last) {
     *   ?h lia:holder ?x ; lia:position ?post ; lia:attestedOn ?d } GROUP BY ?post ORDER BY ?first ?post
     * </pre>
     */
    private Timeline official(Involvement x) {
        Map<Integer, Integer> meetings = new TreeMap<>();
        Values dates = x.dates();
        Things met = x.as(LIA.participant);
        for (int m = 0; m < met.size(); m++) {
            Node d = dates.first(met, m);
            if (d != null)
                meetings.merge(year(d), 1, Integer::sum);
        }
        List<Year> years = new ArrayList<>();
        meetings.forEach((year, n) -> years.add(new Year(year, n, Map.of())));

        Things held = x.as(LIA.holder);
        Values post = x.lookup().values(held, LIA.position);
        Values attested = x.attested();
        Map<Node, String[]> span = new HashMap<>();
        for (int h = 0; h < held.size(); h++) {
            Node p = post.first(held, h);
            Node d = attested.first(held, h);
            if (p == null || d == null)
                continue;
            String day = d.getLiteralLexicalForm();
            span.merge(p, new String[] {day, day}, (a, b) -> new String[] {
                    a[0].compareTo(b[0]) <= 0 ? a[0] : b[0], a[1].compareTo(b[1]) >= 0 ? a[1] : b[1]});
        }
        List<Span> posts = new ArrayList<>();
        span.forEach((p, firstLast) -> posts.add(new Span(p.getURI(), label(p), firstLast[0], firstLast[1])));
        posts.sort(Comparator.comparing(Span::first).thenComparing(Span::post));
        return new Timeline(years, posts);
    }

    private static int year(Node date) {
        return ((XSDDateTime) date.getLiteralValue()).getYears();
    }

    /** A thing's name: its first label. */
    private String label(Node thing) {
        return Describer.first(dsg.getDefaultGraph(), thing, LIA.label).orElse(thing.getURI());
    }
}
