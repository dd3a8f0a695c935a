package org.w3id.liaison.rdf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.liaison.authority.Iris;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.ArticleFacts;
import org.w3id.liaison.extract.Endorsement;
import org.w3id.liaison.extract.Evidence;
import org.w3id.liaison.extract.Holding;
import org.w3id.liaison.extract.Meeting;
import org.w3id.liaison.extract.Party;
import org.w3id.liaison.extract.Person;
import org.w3id.liaison.extract.Post;
import org.w3id.liaison.ontology.LIA;

/**
 * Writes one article's facts as RDF in the shapes of the contract. The graph is self-contained: every
 * resource it links to is typed and labelled in it, so that replacing the graph replaces all that the
 * article said, and the union of all graphs is the knowledge graph.
 *
 * <pre>{@code
 * Graph g = new ArticleGraph(ReferenceData.load()).build(facts);
 * Node name = ArticleGraph.graphName(facts.article().id());   // the named graph to store it in
 * }</pre>
 */
public final class ArticleGraph {
    private final ReferenceData ref;

    public ArticleGraph(ReferenceData ref) {
        this.ref = ref;
    }

    /** The name of the graph holding an article's facts: the article's own IRI. */
    public static Node graphName(String articleId) {
        return iri(Iris.article(articleId));
    }

    public Graph build(ArticleFacts facts) {
        return new Writer(facts).write();
    }

    private final class Writer {
        private final ArticleFacts facts;
        private final Graph g = GraphFactory.createDefaultGraph();
        private final Node article;
        private final String text;
        private final Map<String, Node> parties = new HashMap<>();
        private final Map<String, Node> persons = new HashMap<>();

        Writer(ArticleFacts facts) {
            this.facts = facts;
            this.article = graphName(facts.article().id());
            this.text = facts.article().text();
        }

        Graph write() {
            add(article, LIA.type, LIA.Article);
            add(article, LIA.identifier, NodeFactory.createLiteralString(facts.article().id()));
            add(article, LIA.headline, NodeFactory.createLiteralString(facts.article().headline().text()));
            facts.published().ifPresent(d -> add(article, LIA.datePublished, date(d)));
            facts.datelineDate().ifPresent(d -> add(article, LIA.datelineDate, date(d)));
            facts.datelinePlace().ifPresent(p -> add(article, LIA.datelinePlace, place(p)));
            facts.countries().forEach(c -> mention(country(c)));
            facts.places().forEach(p -> mention(place(p)));
            facts.initiatives().forEach(i -> mention(initiative(i)));
            facts.parties().forEach(p -> parties.put(p.name(), party(p)));
            parties.values().forEach(this::mention);
            facts.persons().forEach(p -> persons.put(p.name(), person(p)));
            persons.values().forEach(this::mention);
            int n = 0;
            for (Holding h : facts.holdings())
                holding(h, ++n);
            n = 0;
            for (Meeting m : facts.meetings())
                meeting(m, ++n);
            n = 0;
            for (Endorsement e : facts.endorsements())
                endorsement(e, ++n);
            return g;
        }

        private void mention(Node thing) {
            add(article, LIA.mentions, thing);
        }

        private Node country(String name) {
            Node c = labelled(Iris.country(name), LIA.Country, name);
            ref.country(name).ifPresent(k -> {
                sameAs(c, k);
                k.aliases().forEach(a -> add(c, LIA.altLabel, en(a)));
            });
            return c;
        }

        private Node place(String name) {
            return labelled(Iris.place(name), LIA.Place, name);
        }

        private Node initiative(String name) {
            Node i = labelled(Iris.initiative(name), LIA.Initiative, name);
            ref.initiative(name).ifPresent(k -> sameAs(i, k));
            return i;
        }

        /** A resource with its type and English label. */
        private Node labelled(String iri, Node type, String label) {
            Node n = iri(iri);
            add(n, LIA.type, type);
            add(n, LIA.label, en(label));
            return n;
        }

        private Node party(Party p) {
            Node party = iri(Iris.party(p.name(), p.country().orElse(null), ref.party(p.name()).isPresent()));
            add(party, LIA.type, LIA.Party);
            add(party, LIA.label, en(p.name()));
            p.aliases().forEach(a -> add(party, LIA.altLabel, en(a)));
            p.acronym().ifPresent(a -> add(party, LIA.acronym, NodeFactory.createLiteralString(a)));
            p.country().ifPresent(c -> add(party, LIA.country, country(c)));
            ref.party(p.name()).ifPresent(k -> sameAs(party, k));
            return party;
        }

        private Node person(Person p) {
            Node person = iri(Iris.official(p.name()));
            add(person, LIA.type, LIA.Official);
            add(person, LIA.label, en(p.name()));
            p.aliases().forEach(a -> add(person, LIA.altLabel, en(a)));
            p.party().map(parties::get).ifPresent(party -> add(person, LIA.memberOfParty, party));
            p.country().ifPresent(c -> add(person, LIA.country, country(c)));
            return person;
        }

        private Node position(Post post) {
            Node position = iri(Iris.position(post.label()));
            add(position, LIA.type, LIA.Position);
            add(position, LIA.label, en(post.label()));
            if (!post.asWritten().equals(post.label()))
                add(position, LIA.altLabel, en(post.asWritten()));
            add(position, LIA.postIn, organization(post));
            return position;
        }

        /** The organs a post sits in, each inside the next; the outermost inside its party when there is one. */
        private Node organization(Post post) {
            List<String> chain = post.organization();
            Node inner = null;
            Node previous = null;
            for (String organ : chain) {
                Node org = organNode(organ, post);
                if (inner == null)
                    inner = org;
                if (previous != null && !previous.equals(org))
                    add(previous, LIA.subOrganizationOf, org);
                previous = org;
                if (parties.containsKey(organ) || org.equals(post.party().map(parties::get).orElse(null)))
                    break;
            }
            if (previous != null && post.party().isPresent() && !previous.equals(parties.get(post.party().get())))
                add(previous, LIA.subOrganizationOf, parties.get(post.party().get()));
            return inner != null ? inner : organNode(post.label(), post);
        }

        private Node organNode(String organ, Post post) {
            String bare = organ.replaceFirst("(?i)\\s+party$", "");
            for (String p : List.of(organ, bare))
                if (parties.containsKey(p))
                    return parties.get(p);
            Node org = iri(Iris.organization(organ));
            add(org, LIA.type, LIA.Organization);
            add(org, LIA.label, en(organ));
            mention(org);
            if (post.party().isEmpty())
                post.country().ifPresent(c -> add(org, LIA.country, country(c)));
            return org;
        }

        private void holding(Holding h, int n) {
            Node holding = iri(Iris.fact("holding", facts.article().id(), n));
            add(holding, LIA.type, LIA.PositionHolding);
            add(holding, LIA.holder, persons.get(h.person()));
            add(holding, LIA.position, position(h.post()));
            facts.datelineDate().or(facts::published).ifPresent(d -> add(holding, LIA.attestedOn, date(d)));
            provenance(holding, h.evidence());
        }

        private void meeting(Meeting m, int n) {
            Node meeting = iri(Iris.fact("meeting", facts.article().id(), n));
            add(meeting, LIA.type, LIA.Meeting);
            add(meeting, LIA.meetingKind, NodeFactory.createLiteralString(m.kind()));
            m.participants().forEach(p -> add(meeting, LIA.participant, persons.get(p)));
            m.date().ifPresent(d -> add(meeting, LIA.date, date(d)));
            m.place().ifPresent(p -> add(meeting, LIA.place, place(p)));
            provenance(meeting, m.evidence());
        }

        private void endorsement(Endorsement e, int n) {
            Node endorsement = iri(Iris.fact("endorsement", facts.article().id(), n));
            Node agent = switch (e.agent().kind()) {
                case PERSON -> persons.get(e.agent().name());
                case PARTY -> parties.get(e.agent().name());
                case COUNTRY -> country(e.agent().name());
            };
            Node initiative = initiative(e.initiative());
            add(endorsement, LIA.type, LIA.Endorsement);
            add(endorsement, LIA.agent, agent);
            add(endorsement, LIA.initiative, initiative);
            add(agent, LIA.backs, initiative);   // the endorsement's direct form (lia:backs in the ontology)
            provenance(endorsement, e.evidence());
        }

        /** The article and the sentence, with offsets counted in Unicode characters as RFC 5147 counts them. */
        private void provenance(Node fact, Evidence evidence) {
            int start = text.codePointCount(0, evidence.start());
            int end = start + text.codePointCount(evidence.start(), evidence.end());
            Node excerpt = iri(Iris.excerpt(article.getURI(), start, end));
            add(fact, LIA.wasDerivedFrom, article);
            add(fact, LIA.excerpt, excerpt);
            add(excerpt, LIA.type, LIA.Excerpt);
            add(excerpt, LIA.quote, NodeFactory.createLiteralString(evidence.text()));
            add(excerpt, LIA.startOffset, NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDinteger));
            add(excerpt, LIA.endOffset, NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDinteger));
            add(excerpt, LIA.wasQuotedFrom, article);
        }

        /** The curated identity links: the same country, party or initiative in Wikidata and DBpedia. */
        private void sameAs(Node thing, ReferenceData.Linked known) {
            known.sameAs().forEach(other -> add(thing, LIA.sameAs, iri(other)));
        }

        private void add(Node s, Node p, Node o) {
            g.add(s, p, o);
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
