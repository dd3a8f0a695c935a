package org.w3id.liaison.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.liaison.ontology.LIA;

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

    private static final String OFFICIAL_YEARS = LIA.SPARQL_PROLOGUE + """
            SELECT ?year (COUNT(DISTINCT ?m) AS ?n) { ?m lia:participant ?x ; lia:date ?d BIND(YEAR(?d) AS ?year) }
            GROUP BY ?year ORDER BY ?year""";
    // Names are looked up apart, once per post or country, rather than joined into every row of the counts.
    private static final String OFFICIAL_POSTS = LIA.SPARQL_PROLOGUE + """
            SELECT ?post (STR(MIN(?d)) AS ?first) (STR(MAX(?d)) AS ?last) {
              ?h lia:holder ?x ; lia:position ?post ; lia:attestedOn ?d }
            GROUP BY ?post ORDER BY ?first""";
    private static final String PARTY_YEARS = LIA.SPARQL_PROLOGUE + """
            SELECT ?year (COUNT(DISTINCT ?m) AS ?n) {
              ?a lia:memberOfParty ?x . ?m lia:participant ?a ; lia:date ?d BIND(YEAR(?d) AS ?year) }
            GROUP BY ?year ORDER BY ?year""";
    private static final String PARTY_COUNTRIES = LIA.SPARQL_PROLOGUE + """
            SELECT ?year ?country (COUNT(DISTINCT ?m) AS ?n) {
              ?a lia:memberOfParty ?x . ?m lia:participant ?a, ?b ; lia:date ?d .
              FILTER(?a != ?b) FILTER NOT EXISTS { ?b lia:memberOfParty ?x }
              ?b lia:country ?country BIND(YEAR(?d) AS ?year) }
            GROUP BY ?year ?country ORDER BY ?year DESC(?n)""";

    private final DatasetGraph dsg;

    public Timelines(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The timeline of an official or a party; empty for other things. */
    public Optional<Timeline> of(Node thing) {
        return Txn.calculateRead(dsg, () -> {
            if (dsg.getDefaultGraph().contains(thing, LIA.type, LIA.Official))
                return Optional.of(new Timeline(years(OFFICIAL_YEARS, null, thing), posts(thing)));
            if (dsg.getDefaultGraph().contains(thing, LIA.type, LIA.Party))
                return Optional.of(new Timeline(years(PARTY_YEARS, PARTY_COUNTRIES, thing), List.of()));
            return Optional.empty();
        });
    }

    private List<Year> years(String totals, String byCountry, Node thing) {
        Map<Integer, Integer> meetings = new LinkedHashMap<>();
        QueryExec.dataset(dsg).query(totals).substitution("x", thing).select().forEachRemaining(row ->
                meetings.put(Integer.parseInt(row.get("year").getLiteralLexicalForm()),
                        Integer.parseInt(row.get("n").getLiteralLexicalForm())));
        Map<Integer, Map<String, Integer>> countries = new LinkedHashMap<>();
        if (byCountry != null)
            QueryExec.dataset(dsg).query(byCountry).substitution("x", thing).select().forEachRemaining(row ->
                    countries.computeIfAbsent(Integer.parseInt(row.get("year").getLiteralLexicalForm()), k -> new LinkedHashMap<>())
                            .put(label(row.get("country")), Integer.parseInt(row.get("n").getLiteralLexicalForm())));
        List<Year> out = new ArrayList<>();
        meetings.forEach((year, n) -> out.add(new Year(year, n, countries.getOrDefault(year, Map.of()))));
        return out;
    }

    private List<Span> posts(Node thing) {
        List<Span> out = new ArrayList<>();
        QueryExec.dataset(dsg).query(OFFICIAL_POSTS).substitution("x", thing).select().forEachRemaining(row ->
                out.add(new Span(row.get("post").getURI(), label(row.get("post")),
                        row.get("first").getLiteralLexicalForm(), row.get("last").getLiteralLexicalForm())));
        return out;
    }

    /** A thing's name: its first label. */
    private String label(Node thing) {
        return Describer.first(dsg.getDefaultGraph(), thing, LIA.label).orElse(thing.getURI());
    }
}
