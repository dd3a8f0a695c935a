package org.w3id.liaison.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.liaison.ontology.LIA;

/**
 * A thing's page, rendered from its {@link Describer description}: what it is and its names, every statement
 * about it, the meetings, posts and endorsements it takes part in — each with the sentence of the report it
 * came from — and what points at it. Every IRI is a link; Wikidata and DBpedia links go out.
 *
 * <pre>{@code
 * String html = new EntityPage(Site.DEFAULT).render(thing, describer.portray(thing).orElseThrow());
 * }</pre>
 */
public final class EntityPage {
    private final Site site;
    private final Terms terms = new Terms();

    public EntityPage(Site site) {
        this.site = site;
    }

    public String render(Node thing, Describer.Portrait portrait) {
        Describer.Description description = portrait.description();
        Optional<Timelines.Timeline> timeline = portrait.timeline();
        View v = new View(thing, description.graph());
        Html body = new Html();
        v.header(body);
        v.source(body);
        v.statements(body);
        timeline.ifPresent(t -> new TimelineView(site).render(body, t, description.graph().contains(thing, LIA.type, LIA.Party)));
        if (description.factsCut())
            body.open("p", "class", "note").text("Shown below: the " + Describer.FACTS + " latest of the "
                    + description.facts() + " meetings, posts held and endorsements; the ").link("/#console", "SPARQL console", false)
                    .text(" has them all.").close("p");
        v.meetings(body);
        v.holdings(body);
        v.endorsements(body);
        v.referencedBy(body);
        if (description.incomingCut())
            body.open("p", "class", "note").text("More than " + Describer.INCOMING + " statements point here; the first "
                    + Describer.INCOMING + " are listed, and the ").link("/#console", "SPARQL console", false)
                    .text(" has them all.").close("p");
        return Layout.document(v.name(), alternates(thing), body.toString());
    }

    /** The page for an IRI the graph says nothing about: what was asked, and where to go instead. */
    public String notFound(String iri) {
        Html h = new Html();
        h.text("h1", "Not described here");
        h.open("p").text("The knowledge graph says nothing about ").text("code", iri).text(".").close("p");
        h.open("p").text("Things live under ").text("code", site.idSpace())
                .text(" with readable names, such as ").text("code", site.idSpace() + "official/cai-qi").text(" or ")
                .text("code", site.idSpace() + "party/communist-party-of-china")
                .text(". Look for a name with the ").link("/#console", "SPARQL console", false).text(", browse the ")
                .link(site.page(site.idSpace() + "dataset"), "dataset's description", false).text(", or ")
                .link("/dump.nq.gz", "download everything", false).text(".").close("p");
        return Layout.document("Not found", Map.of(), h.toString());
    }

    private Map<String, Format> alternates(Node thing) {
        Map<String, Format> out = new LinkedHashMap<>();
        for (Format f : Format.values())
            out.put(site.data(thing.getURI(), f.extension()), f);
        return out;
    }

    /** One rendering: the thing, its description, and helpers to name what it links to. */
    private final class View {
        private final Node thing;
        private final Graph d;
        private final boolean isArticle;

        View(Node thing, Graph d) {
            this.thing = thing;
            this.d = d;
            this.isArticle = d.contains(thing, LIA.type, LIA.Article);
        }

        String name() {
            return name(thing);
        }

        /** A thing's name: its label, a report's headline, a dataset's title, else the end of its IRI. */
        String name(Node n) {
            Optional<String> label = literal(n, LIA.label).or(() -> literal(n, LIA.headline)).or(() -> literal(n, LIA.title));
            if (label.isPresent())
                return label.get();
            String iri = n.getURI();
            return iri.substring(iri.lastIndexOf('/') + 1);
        }

        Optional<String> literal(Node s, Node p) {
            return d.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm).sorted().findFirst();
        }

        List<Node> objects(Node s, Node p) {
            return d.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).distinct().toList();
        }

        void header(Html h) {
            h.open("header");
            h.text("h1", name());
            h.open("p", "class", "kind");
            List<Node> types = objects(thing, LIA.type);
            for (int i = 0; i < types.size(); i++) {
                if (i > 0)
                    h.text(", ");
                value(h, types.get(i));
            }
            h.close("p");
            // the persistent IRI itself, linked: where other datasets point, resolved through w3id.org
            h.open("p", "class", "iri").text("IRI: ").open("code").link(thing.getURI(), thing.getURI(), false)
                    .close("code").close("p");
            h.open("p", "class", "formats").text("This description as ");
            for (Format f : Format.values()) {
                if (f.ordinal() > 0)
                    h.text(" · ");
                h.link(site.data(thing.getURI(), f.extension()), f.title(), false);
            }
            h.close("p");
            h.close("header");
        }

        /** A fact's own page leads with the sentence it was drawn from. */
        void source(Html h) {
            List<Node> excerpts = objects(thing, LIA.excerpt);
            if (excerpts.isEmpty())
                return;
            h.open("section", "aria-labelledby", "source").raw("<h2 id=\"source\">Source</h2>");
            for (Node x : excerpts)
                quote(h, thing, x);
            h.close("section");
        }

        void quote(Html h, Node fact, Node excerpt) {
            Optional<String> text = literal(excerpt, LIA.quote);
            if (text.isEmpty())
                return;
            Node report = objects(fact, LIA.wasDerivedFrom).stream().findFirst().orElse(null);
            h.open("figure", "class", "quote");
            h.open("blockquote", "cite", site.href(excerpt.getURI())).text("p", text.get()).close("blockquote");
            h.open("figcaption").text("— ");
            if (report != null) {
                h.link(site.href(report.getURI()), name(report), false);
                literal(report, LIA.datePublished).ifPresent(date -> h.text(", " + date));
                h.text(" · ");
            }
            // the sentence's own IRI (RFC 5147 characters of the report), so that it can be cited
            h.link(site.href(excerpt.getURI()), "characters " + excerpt.getURI().substring(excerpt.getURI().indexOf("#char=") + 6), false);
            h.close("figcaption");
            h.close("figure");
        }

        void statements(Html h) {
            Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
            d.find(thing, Node.ANY, Node.ANY).toList().stream()
                    .sorted(Comparator.comparing((Triple t) -> order(t.getPredicate())).thenComparing(t -> terms.label(t.getPredicate())))
                    .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
            byProperty.remove(LIA.type);
            if (isArticle)
                byProperty.remove(LIA.mentions);       // shown below, grouped by kind
            h.open("section", "aria-labelledby", "statements").raw("<h2 id=\"statements\">Statements</h2>");
            h.raw("<table><thead><tr><th scope=\"col\">property</th><th scope=\"col\">value</th></tr></thead><tbody>");
            byProperty.forEach((p, values) -> {
                h.open("tr").open("th", "scope", "row");
                h.link(site.href(p.getURI()), terms.label(p), site.external(p.getURI()));
                h.close("th").open("td");
                sortByKey(values, this::sortKey);
                h.open("ul");
                values.forEach(v -> {
                    h.open("li");
                    value(h, v);
                    h.close("li");
                });
                h.close("ul").close("td").close("tr");
            });
            h.raw("</tbody></table></section>");
            if (isArticle)
                mentions(h);
        }

        /** Names first, then the rest in the order of the alphabet. */
        private int order(Node p) {
            if (p.equals(LIA.label) || p.equals(LIA.headline))
                return 0;
            if (p.equals(LIA.altLabel) || p.equals(LIA.acronym))
                return 1;
            return 2;
        }

        private String sortKey(Node n) {
            return n.isURI() ? name(n) : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }

        void mentions(Html h) {
            Map<String, List<Node>> byKind = new LinkedHashMap<>();
            for (Node n : objects(thing, LIA.mentions))
                byKind.computeIfAbsent(kind(n), k -> new ArrayList<>()).add(n);
            h.open("section", "aria-labelledby", "mentions").raw("<h2 id=\"mentions\">Named in this report</h2>");
            h.open("dl");
            byKind.forEach((kind, things) -> {
                h.text("dt", kind);
                sortByKey(things, this::name);
                h.open("dd").open("ul");
                things.forEach(t -> h.open("li").link(site.href(t.getURI()), name(t), false).close("li"));
                h.close("ul").close("dd");
            });
            h.close("dl").close("section");
        }

        private String kind(Node n) {
            return objects(n, LIA.type).stream().filter(Node::isURI).map(terms::label).sorted().findFirst().orElse("Other");
        }

        /** An IRI as a link with its name; a literal as text, with its language or datatype noted. */
        void value(Html h, Node v) {
            if (v.isURI()) {
                String iri = v.getURI();
                boolean named = d.contains(v, LIA.label, Node.ANY) || d.contains(v, LIA.headline, Node.ANY)
                        || d.contains(v, LIA.title, Node.ANY);
                String label = iri.equals(LIA.NS) ? "Liaison ontology"
                        : iri.startsWith(LIA.NS) ? terms.label(v) : named || !site.external(iri) ? name(v) : iri;
                h.link(site.href(iri), label, site.external(iri));
            } else if (v.isLiteral()) {
                h.text(v.getLiteralLexicalForm());
                String lang = v.getLiteralLanguage();
                if (!lang.isEmpty())
                    h.raw(" <span class=\"note\">@").text(lang).raw("</span>");
            } else {
                h.text(v.toString());
            }
        }

        /** Facts of a type in the description, newest first. */
        List<Node> facts(Node type, Node dateProperty) {
            Map<Node, String> day = new HashMap<>();      // read once per fact, not at each comparison
            return d.find(Node.ANY, LIA.type, type).toList().stream().map(Triple::getSubject)
                    .filter(f -> !f.equals(thing))
                    .sorted(Comparator.comparing((Node f) -> day.computeIfAbsent(f, k -> literal(k, dateProperty).orElse("")))
                            .reversed().thenComparing(Node::getURI))
                    .toList();
        }

        void meetings(Html h) {
            boolean official = d.contains(thing, LIA.type, LIA.Official);
            factTable(h, "meetings", "Meetings", facts(LIA.Meeting, LIA.date), List.of(
                    new Column("date", true, (x, m) -> x.link(site.href(m.getURI()), literal(m, LIA.date).orElse("undated"), false)),
                    new Column("kind", false, (x, m) -> x.text(literal(m, LIA.meetingKind).orElse(""))),
                    new Column(official ? "with" : "participants", false,
                            (x, m) -> links(x, objects(m, LIA.participant).stream().filter(p -> !p.equals(thing)).toList())),
                    linksOf("place", LIA.place)));
        }

        void holdings(Html h) {
            List<Column> columns = new ArrayList<>();
            if (!d.contains(thing, LIA.type, LIA.Official))
                columns.add(linksOf("holder", LIA.holder));
            columns.add(linksOf("post", LIA.position));
            columns.add(new Column("attested on", true,
                    (x, f) -> x.link(site.href(f.getURI()), literal(f, LIA.attestedOn).orElse("—"), false)));
            factTable(h, "posts", "Posts held", facts(LIA.PositionHolding, LIA.attestedOn), columns);
        }

        void endorsements(Html h) {
            factTable(h, "endorsements", "Initiatives backed", facts(LIA.Endorsement, LIA.date),
                    List.of(linksOf("who", LIA.agent), linksOf("initiative", LIA.initiative)));
        }

        /** A column of a fact table: its heading, and what a fact shows in it. */
        private record Column(String header, boolean date, BiConsumer<Html, Node> cell) {}

        private Column linksOf(String header, Node property) {
            return new Column(header, false, (x, f) -> links(x, objects(f, property)));
        }

        /** Facts as a table, one per row, the sentence each came from in the last column. */
        private void factTable(Html h, String id, String title, List<Node> facts, List<Column> columns) {
            if (facts.isEmpty())
                return;
            h.open("section", "aria-labelledby", id).raw("<h2 id=\"" + id + "\">").text(title).raw("</h2>");
            h.raw("<table><thead><tr>");
            columns.forEach(c -> h.open("th", "scope", "col").text(c.header()).close("th"));
            h.raw("<th scope=\"col\">source</th></tr></thead><tbody>");
            for (Node f : facts) {
                h.open("tr");
                for (Column c : columns) {
                    if (c.date())
                        h.open("td", "class", "date");
                    else
                        h.open("td");
                    c.cell().accept(h, f);
                    h.close("td");
                }
                h.open("td");
                objects(f, LIA.excerpt).forEach(x -> quote(h, f, x));
                h.close("td").close("tr");
            }
            h.raw("</tbody></table></section>");
        }

        /** Statements that point at the thing from other things than facts (members, reports, posts in it). */
        void referencedBy(Html h) {
            Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
            for (Triple t : d.find(Node.ANY, Node.ANY, thing).toList()) {
                if (t.getSubject().equals(thing) || isFact(t.getSubject()) || t.getPredicate().equals(LIA.type)
                        || t.getSubject().getURI().contains("#"))
                    continue;
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
            }
            if (byProperty.isEmpty())
                return;
            h.open("section", "aria-labelledby", "incoming").raw("<h2 id=\"incoming\">Referenced by</h2>");
            h.raw("<table><thead><tr><th scope=\"col\">as</th><th scope=\"col\">by</th></tr></thead><tbody>");
            byProperty.forEach((p, subjects) -> {
                h.open("tr").open("th", "scope", "row").text(terms.inverse(p)).close("th").open("td");
                sortByKey(subjects, this::name);
                links(h, subjects);
                h.close("td").close("tr");
            });
            h.raw("</tbody></table></section>");
        }

        /**
         * Sorts by a key computed once per node, not at each comparison: a name is up to three lookups, and
         * the busiest official is pointed at by 500 things.
         */
        private static void sortByKey(List<Node> nodes, Function<Node, String> key) {
            Map<Node, String> keys = new HashMap<>();
            nodes.sort(Comparator.comparing(n -> keys.computeIfAbsent(n, key)));
        }

        private boolean isFact(Node n) {
            return d.contains(n, LIA.type, LIA.Meeting) || d.contains(n, LIA.type, LIA.PositionHolding)
                    || d.contains(n, LIA.type, LIA.Endorsement);
        }

        void links(Html h, List<Node> nodes) {
            h.open("ul", "class", "inline");
            for (Node n : nodes) {
                h.open("li");
                value(h, n);
                h.close("li");
            }
            h.close("ul");
        }
    }
}
