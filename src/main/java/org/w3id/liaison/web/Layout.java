package org.w3id.liaison.web;

import java.util.Map;

/** The frame every page shares: language, title, the site's navigation, one stylesheet inline (no requests). */
public final class Layout {
    private Layout() {}

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:0 1.5rem 2rem;color:#1d2330}
            nav.site{display:flex;gap:1.2rem;padding:.7rem 0;border-bottom:1px solid #d5dae3;margin-bottom:1rem}
            nav.site a{font-weight:600}
            a{color:#1a4fa0} a:focus{outline:2px solid #1a4fa0;outline-offset:2px}
            a[rel=external]::after{content:" \\2197";font-size:.8em}
            h1{font-size:1.7rem;margin:.4rem 0} h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
            p.kind{margin:0;color:#4a5160} p.iri code{word-break:break-all} code{background:#eef1f6;padding:0 .2rem}
            table{border-collapse:collapse;width:100%} th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e3e7ee}
            thead th{border-bottom:2px solid #b9c1cf} tbody th{font-weight:600;width:14rem}
            ul{margin:0;padding-left:1.1rem} ul.inline{list-style:none;padding:0} td ul{padding-left:0;list-style:none}
            figure.quote{margin:0 0 .4rem} blockquote{margin:0;padding-left:.7rem;border-left:3px solid #9aa3b5}
            blockquote p{margin:0} figcaption{font-size:.9em;color:#4a5160}
            td.date{white-space:nowrap}
            svg.timeline{display:block;margin:.5rem 0} table.years,table.posts{margin-top:.6rem;width:auto}
            caption{text-align:left;font-weight:600;padding:.3rem 0} .note{color:#6b7280;font-size:.85em} dt{font-weight:600;margin-top:.5rem}
            """;

    /**
     * A whole page. {@code alternates} maps the paths of the same content in other formats to their formats,
     * announced with {@code <link rel="alternate">}; {@code body} is markup made with {@link Html}.
     */
    public static String document(String title, Map<String, Format> alternates, String body) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .text("title", title + " — Liaison")
                .raw("<link rel=\"icon\" href=\"data:,\">");
        alternates.forEach((href, format) -> h.raw("<link rel=\"alternate\" type=\"").text(format.mediaType())
                .raw("\" href=\"").text(href).raw("\">"));
        h.raw("<style>").raw(STYLE).raw("</style></head><body>");
        h.raw("<nav class=\"site\" aria-label=\"Liaison\"><a href=\"/\">Home</a><a href=\"/network.html\">Network</a>")
                .raw("<a href=\"/#console\">Console</a><a href=\"/ontology\">Ontology</a>")
                .raw("<a href=\"/page/dataset\">Dataset</a><a href=\"/dump.nq.gz\">Download all</a></nav>");
        h.raw("<main>").raw(body).raw("</main></body></html>");
        return h.toString();
    }
}
