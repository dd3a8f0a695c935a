package org.w3id.liaison.web;

import java.util.stream.Collectors;

/**
 * Draws a {@link Timelines.Timeline} as inline SVG — bars of meetings per year, and for an official a line per
 * post from its first to its last attestation — with the same figures in a table, for readers who do not see
 * the picture. No script: the page's security policy allows none.
 */
final class TimelineView {
    private static final int WIDTH = 720;
    private static final int BAR_AREA = 120;
    private static final int ROW = 16;

    private final Site site;

    TimelineView(Site site) {
        this.site = site;
    }

    void render(Html h, Timelines.Timeline t, boolean party) {
        if (t.isEmpty())
            return;
        h.open("section", "aria-labelledby", "timeline").raw("<h2 id=\"timeline\">Over time</h2>");
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Timelines.Year y : t.years()) {
            first = Math.min(first, y.year());
            last = Math.max(last, y.year());
        }
        for (Timelines.Span s : t.posts()) {
            first = Math.min(first, year(s.first()));
            last = Math.max(last, year(s.last()));
        }
        int years = last - first + 1;
        double step = (WIDTH - 60.0) / years;
        int max = t.years().stream().mapToInt(Timelines.Year::meetings).max().orElse(1);
        int height = BAR_AREA + 30 + t.posts().size() * ROW;
        h.raw("<svg class=\"timeline\" role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" width=\"100%\" style=\"max-width:" + WIDTH + "px\">");
        h.raw("<title id=\"timeline-title\">").text((party ? "Meetings of its members" : "Meetings") + " per year, "
                + first + " to " + last + (t.posts().isEmpty() ? "" : ", and the posts held")).raw("</title>");
        for (Timelines.Year y : t.years()) {
            double x = 50 + (y.year() - first) * step;
            double hgt = (BAR_AREA - 10.0) * y.meetings() / max;
            h.raw(String.format(java.util.Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1a4fa0\"><title>", x,
                    BAR_AREA - hgt, Math.max(2, step * 0.7), hgt));
            h.text(y.year() + ": " + y.meetings() + (y.meetings() == 1 ? " meeting" : " meetings")).raw("</title></rect>");
        }
        for (int year = first; year <= last; year++)
            if (years <= 12 || (year - first) % Math.max(1, years / 10) == 0)
                h.raw(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#4a5160\">%d</text>",
                        50 + (year - first) * step, BAR_AREA + 14, year));
        h.raw("<text x=\"0\" y=\"12\" font-size=\"11\" fill=\"#4a5160\">").text(Integer.toString(max)).raw("</text>");
        int row = 0;
        for (Timelines.Span s : t.posts()) {
            double x1 = 50 + (year(s.first()) - first) * step;
            double x2 = 50 + (year(s.last()) - first + 0.7) * step;
            int y = BAR_AREA + 28 + row++ * ROW;
            h.raw(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#c0392b\" "
                    + "stroke-width=\"6\"><title>", x1, Math.max(x1 + 4, x2), y, y));
            h.text(s.label() + ": " + s.first() + (s.first().equals(s.last()) ? "" : " to " + s.last())).raw("</title></line>");
        }
        h.raw("</svg>");
        table(h, t, party);
        h.close("section");
    }

    private void table(Html h, Timelines.Timeline t, boolean party) {
        if (!t.years().isEmpty()) {
            h.raw("<table class=\"years\"><caption>").text(party ? "Meetings of its members per year, and the countries of those they met"
                    : "Meetings per year").raw("</caption><thead><tr><th scope=\"col\">year</th><th scope=\"col\">meetings</th>");
            if (party)
                h.raw("<th scope=\"col\">with people of</th>");
            h.raw("</tr></thead><tbody>");
            for (Timelines.Year y : t.years()) {
                h.open("tr").text("th", Integer.toString(y.year())).text("td", Integer.toString(y.meetings()));
                if (party)
                    h.text("td", y.countries().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                            .collect(Collectors.joining(", ")));
                h.close("tr");
            }
            h.raw("</tbody></table>");
        }
        if (!t.posts().isEmpty()) {
            h.raw("<table class=\"posts\"><caption>Posts, first and last attested</caption><thead><tr>"
                    + "<th scope=\"col\">post</th><th scope=\"col\">first</th><th scope=\"col\">last</th></tr></thead><tbody>");
            for (Timelines.Span s : t.posts())
                h.open("tr").open("td").link(site.href(s.post()), s.label(), false).close("td")
                        .text("td", s.first()).text("td", s.last()).close("tr");
            h.raw("</tbody></table>");
        }
    }

    private static int year(String date) {
        return Integer.parseInt(date.substring(0, 4));
    }
}
