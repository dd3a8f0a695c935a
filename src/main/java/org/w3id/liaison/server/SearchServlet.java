package org.w3id.liaison.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.liaison.web.NameIndex;
import org.w3id.liaison.web.SearchPage;
import org.w3id.liaison.web.Site;

/**
 * {@code /search?q=NAME}, behind the home page's search box: an HTML page of the things found, or JSON for
 * {@code Accept: application/json}.
 */
final class SearchServlet extends HttpServlet {
    static final int LIMIT = 50;
    private final NameIndex index;
    private final SearchPage page;
    private final Site site;

    SearchServlet(DatasetGraph dsg, Site site) {
        this.index = new NameIndex(dsg);
        this.page = new SearchPage(site);
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.length() > 200) {
            Negotiation.text(resp, HttpServletResponse.SC_BAD_REQUEST, "A search is at most 200 characters.");
            return;
        }
        List<NameIndex.Hit> hits = index.search(q, LIMIT);
        String accept = req.getHeader("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            JsonArray out = new JsonArray();
            for (NameIndex.Hit h : hits) {
                JsonObject o = new JsonObject();
                o.put("iri", h.iri());
                o.put("page", site.href(h.iri()));
                o.put("name", h.name());
                o.put("kind", h.kind());
                o.put("matched", h.matched());
                out.add(o);
            }
            byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
            resp.setContentType("application/json; charset=utf-8");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            return;
        }
        Negotiation.html(resp, HttpServletResponse.SC_OK, page.render(q, hits));
    }
}
