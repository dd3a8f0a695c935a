package org.w3id.liaison.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.liaison.web.Describer;
import org.w3id.liaison.web.EntityPage;
import org.w3id.liaison.web.Format;
import org.w3id.liaison.web.Site;

/**
 * Dereferencing, in the pattern of DBpedia and the W3C "Cool URIs for the Semantic Web" note (303 URIs
 * forwarding to different documents):
 * <ul>
 *   <li>{@code /id/…} is the thing itself — an official, a party, a meeting — not a document about it; a GET
 *       answers {@code 303 See Other} to the document the client asked for by {@code Accept}
 *       ({@code Vary: Accept});</li>
 *   <li>{@code /page/…} is the HTML page about it;</li>
 *   <li>{@code /data/….ttl|.jsonld|.nt|.rdf} is its description in that format.</li>
 * </ul>
 * Each document then has an address of its own to link, cache and cite, and no client is left unsure
 * whether a 200 names the official or a page. An IRI the graph says nothing about is a 404, with a page
 * that says where to look instead.
 */
final class LinkedDataServlet extends HttpServlet {
    /** Which of the three paths this servlet answers. */
    enum Role { THING, PAGE, DATA }

    private final Role role;
    private final Site site;
    private final Describer describer;
    private final EntityPage pages;

    LinkedDataServlet(Role role, Site site, Describer describer) {
        this.role = role;
        this.site = site;
        this.describer = describer;
        this.pages = new EntityPage(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getServletPath().length());
        Optional<Format> format = Optional.empty();
        if (role == Role.DATA) {
            int dot = path.lastIndexOf('.');
            format = dot > path.lastIndexOf('/') ? Format.byExtension(path.substring(dot + 1)) : Optional.empty();
            if (format.isEmpty()) {
                Negotiation.text(resp, HttpServletResponse.SC_NOT_FOUND,
                        "Not found: " + req.getRequestURI() + " (a description ends in .ttl, .jsonld, .nt or .rdf)");
                return;
            }
            path = path.substring(0, dot);
        }
        Optional<Node> thing = site.thingOf(path).map(NodeFactory::createURI);
        switch (role) {
            // the thing itself: whether the graph says anything of it is all a redirect needs to know
            case THING -> {
                if (thing.isEmpty() || !describer.knows(thing.get())) {
                    notFound(req, resp, thing);
                    return;
                }
                Optional<Format> wanted = Negotiation.choose(req);
                String iri = thing.get().getURI();
                resp.setHeader("Vary", "Accept");
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", wanted.map(f -> site.data(iri, f.extension())).orElse(site.page(iri)));
            }
            case PAGE -> {
                Optional<Describer.Portrait> portrait = thing.flatMap(describer::portray);
                if (portrait.isEmpty())
                    notFound(req, resp, thing);
                else
                    Negotiation.html(resp, HttpServletResponse.SC_OK, pages.render(thing.get(), portrait.get()));
            }
            case DATA -> {
                Optional<Describer.Description> description = thing.flatMap(describer::describe);
                if (description.isEmpty())
                    notFound(req, resp, thing);
                else
                    Negotiation.rdf(resp, description.get().graph(), format.get());
            }
        }
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, Optional<Node> thing) throws IOException {
        String iri = thing.map(Node::getURI).orElse(site.base() + req.getRequestURI().substring(1));
        if (role == Role.PAGE || role == Role.THING && Negotiation.choose(req).isEmpty())
            Negotiation.html(resp, HttpServletResponse.SC_NOT_FOUND, pages.notFound(iri));
        else
            Negotiation.text(resp, HttpServletResponse.SC_NOT_FOUND, "Not described here: <" + iri + ">");
    }
}
