package org.w3id.liaison.authority;

import java.nio.charset.StandardCharsets;
import org.w3id.liaison.ontology.LIA;

/**
 * Mints the IRIs of things: readable, stable, one per real thing whatever report names it
 * ({@code https://w3id.org/liaison/id/official/cai-qi}). The slug is the {@link Names#key name key}, which
 * keeps letters of every script, so two different names never share an IRI by losing their letters. Two
 * parties of the same generic name ("Democratic Party") in different countries get the country in their slug.
 */
public final class Iris {
    private Iris() {}

    /** The dataset as a whole: described by VoID in the named graph of the same name. */
    public static final String DATASET = LIA.ID + "dataset";

    public static String official(String name) { return LIA.ID + "official/" + Names.key(name); }
    public static String country(String name) { return LIA.ID + "country/" + Names.key(name); }
    public static String place(String name) { return LIA.ID + "place/" + Names.key(name); }
    public static String initiative(String name) { return LIA.ID + "initiative/" + Names.key(name); }
    public static String organization(String label) { return LIA.ID + "organization/" + Names.key(label); }
    public static String position(String label) { return LIA.ID + "position/" + Names.key(label); }
    public static String article(String id) { return LIA.ID + "article/" + encode(id); }

    /**
     * A party's IRI. A name that holds neither its country nor a reference entry ("Democratic Party") is
     * qualified by the country, so that the Democratic Party of Serbia and of another country stay apart.
     */
    public static String party(String name, String country, boolean known) {
        String key = Names.key(name);
        if (!known && country != null && !key.contains(Names.key(country)))
            key = key + "-" + Names.key(country);
        return LIA.ID + "party/" + key;
    }

    /** An n-ary fact of one article: {@code meeting/2023-04-24-x/1}. */
    public static String fact(String kind, String articleId, int n) {
        return LIA.ID + kind + "/" + encode(articleId) + "/" + n;
    }

    /** The sentence at [start, end) of an article, in RFC 5147's fragment syntax. */
    public static String excerpt(String articleIri, int start, int end) {
        return articleIri + "#char=" + start + "," + end;
    }

    /** Percent-encodes all but unreserved characters, so any file name makes a valid IRI segment. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~')
                b.append((char) c);
            else
                b.append('%').append(String.format("%02X", c & 0xff));
        }
        return b.toString();
    }
}
