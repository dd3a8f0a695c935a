package org.w3id.liaison.web;

import java.util.Optional;
import org.w3id.liaison.ontology.LIA;

/**
 * How persistent IRIs map to this server's paths. The base ({@code https://w3id.org/liaison/} unless
 * configured) stands for the server's root, as w3id.org redirects it: {@code <base>id/official/cai-qi} is
 * the thing, {@code /page/official/cai-qi} its HTML page and {@code /data/official/cai-qi.ttl} its
 * description in Turtle; {@code <base>ontology#Official} is documented at {@code /ontology#Official}.
 *
 * <pre>{@code
 * Site site = new Site("https://w3id.org/liaison/");
 * site.thingOf("/official/cai-qi");                                   // Optional[https://w3id.org/liaison/id/official/cai-qi]
 * site.href("https://w3id.org/liaison/id/official/cai-qi");           // /page/official/cai-qi
 * site.href("http://www.wikidata.org/entity/Q148");                   // unchanged: it goes out
 * }</pre>
 */
public record Site(String base) {
    public static final Site DEFAULT = new Site(LIA.BASE);

    public Site {
        if (!base.endsWith("/"))
            base = base + "/";
    }

    /** Where things live: {@code <base>id/}. */
    public String idSpace() {
        return base + "id/";
    }

    /** The thing that a path after {@code /id}, {@code /page} or {@code /data} names, if the path is one. */
    public Optional<String> thingOf(String rawPath) {
        if (rawPath == null || rawPath.length() < 2 || !rawPath.startsWith("/") || rawPath.contains("..")
                || rawPath.contains("//"))
            return Optional.empty();
        return Optional.of(idSpace() + rawPath.substring(1));
    }

    /** The path of a thing's HTML page. */
    public String page(String thing) {
        return "/page/" + thing.substring(idSpace().length());
    }

    /** The path of a thing's description in the format with this file extension. */
    public String data(String thing, String extension) {
        return "/data/" + thing.substring(idSpace().length()) + "." + extension;
    }

    /**
     * Where a link to an IRI goes on this server's pages: a thing to its page (a fragment kept), a term of
     * the ontology to its documentation, anything else — Wikidata, DBpedia, other vocabularies — out.
     */
    public String href(String iri) {
        if (iri.startsWith(idSpace())) {
            int hash = iri.indexOf('#');
            return hash < 0 ? page(iri) : page(iri.substring(0, hash)) + iri.substring(hash);
        }
        if (iri.startsWith(LIA.ONTOLOGY))
            return "/ontology" + iri.substring(LIA.ONTOLOGY.length());
        return iri;
    }

    /** Whether a link leaves this server. */
    public boolean external(String iri) {
        return !iri.startsWith(idSpace()) && !iri.startsWith(LIA.ONTOLOGY);
    }
}
