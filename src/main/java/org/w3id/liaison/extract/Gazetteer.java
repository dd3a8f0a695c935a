package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds every name of a list in a text in one pass over its words, the longest name first at each word:
 * the cost grows with the text, not with the number of names times the text.
 *
 * <pre>{@code
 * Gazetteer<String> g = new Gazetteer<>();
 * g.add("Communist Party of Cuba", "party:PCC");
 * g.find("talks with the Communist Party of Cuba (PCC)");   // one hit, "Communist Party of Cuba"
 * }</pre>
 */
final class Gazetteer<V> {
    /** A name found: where, as written, and what it names. */
    record Hit<V>(int start, int end, V value) {}

    private final Map<String, V> byWords = new HashMap<>();
    /** The first words of the names: most words of a text start none, and are passed at once. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private int longest;

    /** Adds a name; the first value given for a name is kept. */
    Gazetteer<V> add(String name, V value) {
        List<Token> words = Token.of(name);
        if (!words.isEmpty()) {
            byWords.putIfAbsent(key(words), value);
            firstWords.add(words.get(0).text());
            longest = Math.max(longest, words.size());
        }
        return this;
    }

    List<Hit<V>> find(String text) {
        return find(text, Token.of(text));
    }

    /** The names in a text whose words have been read already. */
    List<Hit<V>> find(String text, List<Token> words) {
        List<Hit<V>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!firstWords.contains(words.get(i).text()) && !firstWords.contains(words.get(i).bare()))
                continue;
            for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
                if (!joined(text, words, i, n))
                    continue;
                List<Token> window = words.subList(i, i + n);
                Token last = window.get(n - 1);
                V value = byWords.get(key(window));
                int end = last.end();
                if (value == null && last.possessive()) {
                    // "Nepal's prime minister": the name without its possessive
                    List<Token> bare = new ArrayList<>(window);
                    bare.set(n - 1, new Token(last.start(), last.end() - 2, last.bare()));
                    value = byWords.get(key(bare));
                    end = last.end() - 2;
                }
                if (value != null) {
                    if (end < text.length() && text.charAt(end) == ')' && text.lastIndexOf('(', end) > words.get(i).start())
                        end++;          // "Communist Party of Nepal (Unified Marxist-Leninist)"
                    out.add(new Hit<>(words.get(i).start(), end, value));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** Words i..i+n-1 stand together: between them only spaces, brackets or an apostrophe. */
    private static boolean joined(String text, List<Token> words, int i, int n) {
        for (int k = i + 1; k < i + n; k++) {
            int from = words.get(k - 1).end();
            int to = words.get(k).start();
            if (to <= from)
                return false;
            for (int c = from; c < to; c++) {
                char ch = text.charAt(c);
                if (!Character.isWhitespace(ch) && ch != '(' && ch != ')' && ch != '\'')
                    return false;
            }
        }
        return true;
    }

    private static String key(List<Token> words) {
        return words.stream().map(Token::text).collect(Collectors.joining(" "));
    }
}
