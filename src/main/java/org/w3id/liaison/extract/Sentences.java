package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.liaison.article.Paragraph;

/** Splits paragraphs into sentences, keeping abbreviations such as "Nov." and "U.N." inside them. */
final class Sentences {
    private Sentences() {}

    private static final CuedPattern END = CuedPattern.startingWithOneOf("[.!?][\"'\\u201D)]?\\s+(?=[\\p{Lu}\"\\u201C(\\d])", ".!?");
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct",
            "nov", "dec", "mr", "mrs", "ms", "dr", "st", "no", "gen", "lt", "col", "jr", "sr", "prof", "u.n", "u.s",
            "u.k", "e.g", "i.e", "vs", "inc", "co", "ltd", "mt", "rev");

    static List<Sentence> split(Paragraph p, boolean caption) {
        List<Sentence> out = new ArrayList<>();
        String text = p.text();
        CuedPattern.Scan m = END.scan(text);
        int from = 0;
        while (m.find()) {
            if (isAbbreviation(text, m.start()))
                continue;
            int to = m.end();
            out.add(new Sentence(text.substring(from, to).trim(), p.start() + from, caption));
            from = to;
        }
        if (from < text.length())
            out.add(new Sentence(text.substring(from).trim(), p.start() + from, caption));
        return out;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.'))
            i--;
        String word = text.substring(i, dot).toLowerCase();
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(i)));
    }
}
