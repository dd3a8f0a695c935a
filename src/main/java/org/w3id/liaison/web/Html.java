package org.w3id.liaison.web;

/**
 * A small HTML writer that escapes every piece of text it is given, so nothing a report says can become
 * markup. Elements are written whole: {@code html.text("p", "a < b")}, or opened and closed around others.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    /** Escapes text for element content and for attribute values in double quotes. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markup written by this code, never by data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** {@code <tag>text</tag>}. */
    Html text(String tag, String s) {
        return open(tag).text(s).close(tag);
    }

    Html open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    /** {@code <tag attr="value">}, the value escaped. */
    Html open(String tag, String attribute, String value) {
        out.append('<').append(tag).append(' ').append(attribute).append("=\"").append(escape(value)).append("\">");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A link; one that leaves the site says so to assistive technology and opens no window of its own. */
    Html link(String href, String label, boolean external) {
        out.append("<a href=\"").append(escape(href)).append('"');
        if (external)
            out.append(" rel=\"external\"");
        out.append('>').append(escape(label)).append("</a>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
