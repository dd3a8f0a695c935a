package org.w3id.liaison.web;

import java.util.List;
import java.util.Map;

/** The answer to a search: the form again, with the query, and each thing found linked to its page. */
public final class SearchPage {
    private final Site site;

    public SearchPage(Site site) {
        this.site = site;
    }

    public String render(String query, List<NameIndex.Hit> hits) {
        Html h = new Html();
        h.text("h1", "Search");
        h.raw("<form action=\"/search\" method=\"get\" role=\"search\"><label for=\"q\">Name</label> ")
                .raw("<input id=\"q\" name=\"q\" type=\"search\" required minlength=\"2\" value=\"").text(query)
                .raw("\"> <button type=\"submit\">Search</button></form>");
        h.open("section", "aria-labelledby", "results").raw("<h2 id=\"results\">");
        h.text(hits.isEmpty() ? "Nothing found for “" + query + "”" : hits.size() + (hits.size() == 1 ? " thing" : " things")
                + " found for “" + query + "”");
        h.raw("</h2><ol class=\"results\">");
        for (NameIndex.Hit hit : hits) {
            h.open("li").link(site.href(hit.iri()), hit.name(), false).text(" — " + hit.kind());
            if (!hit.matched().equals(hit.name()))
                h.text(" (also “" + hit.matched() + "”)");
            h.close("li");
        }
        h.raw("</ol></section>");
        return Layout.document("Search: " + query, Map.of(), h.toString());
    }
}
